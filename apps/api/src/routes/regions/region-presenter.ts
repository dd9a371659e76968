import type { Grid, Polygon, Region } from '@safegrid/core';
import type { GridResponse, RegionResponse } from '@safegrid/contracts';

function polygonToWire(polygon: Polygon): GridResponse['boundary'] {
  return { type: 'Polygon', coordinates: polygon.coordinates.map((ring) => ring.map(([lng, lat]) => [lng, lat])) };
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
    boundary: polygonToWire(grid.boundary),
  };
}
