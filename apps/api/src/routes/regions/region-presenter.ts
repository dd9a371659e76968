import type { Area, Grid, Polygon, Region } from '@safegrid/core';
import type { GridResponse, RegionResponse } from '@safegrid/contracts';

type Rings = Polygon['coordinates'];
const ringsToWire = (rings: Rings) => rings.map((ring) => ring.map(([lng, lat]) => [lng, lat]));

function polygonToWire(polygon: Polygon): NonNullable<RegionResponse['boundary']> {
  return { type: 'Polygon', coordinates: ringsToWire(polygon.coordinates) };
}

/** A grid's outline as it is stored: a Polygon stays one, a MultiPolygon keeps every part (ADR 0105). */
function areaToWire(area: Area): GridResponse['boundary'] {
  return area.type === 'Polygon' ? polygonToWire(area) : { type: 'MultiPolygon', coordinates: area.coordinates.map(ringsToWire) };
}

export function presentRegion(region: Region, withBoundary: boolean): RegionResponse {
  return {
    code: region.code,
    parentCode: region.parentCode,
    level: region.level,
    kind: region.kind,
    name: region.name,
    sortOrder: region.sortOrder,
    center: region.center,
    boundary: withBoundary && region.boundary ? polygonToWire(region.boundary) : null,
  };
}

export function presentGrid(grid: Grid): GridResponse {
  return {
    id: grid.id,
    code: grid.code,
    name: grid.name,
    townCode: grid.townCode,
    villageCode: grid.villageCode,
    boundary: areaToWire(grid.boundary),
  };
}
