import type { Grid, Region } from '@safegrid/core';
import type { GridResponse, RegionResponse } from '@safegrid/contracts';

export function presentRegion(region: Region, withBoundary: boolean): RegionResponse {
  return {
    code: region.code,
    parentCode: region.parentCode,
    level: region.level,
    kind: region.kind,
    name: region.name,
    sortOrder: region.sortOrder,
    center: region.center,
    boundary: withBoundary ? (region.boundary as RegionResponse['boundary']) : null,
  };
}

export function presentGrid(grid: Grid): GridResponse {
  return {
    id: grid.id,
    code: grid.code,
    name: grid.name,
    townCode: grid.townCode,
    villageCode: grid.villageCode,
    boundary: grid.boundary as GridResponse['boundary'],
  };
}
