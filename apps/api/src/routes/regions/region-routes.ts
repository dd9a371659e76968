import { getGrid, listGrids, listRegions, locateGrid } from '@safegrid/core';
import { GridListQuery, GridResponse, IdParams, LocateQuery, LocateResponse, RegionListQuery, RegionResponse } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentGrid, presentRegion } from './region-presenter.js';

export async function regionRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/regions', {
    config: { access: 'region.read' },
    schema: {
      tags: ['regions'],
      summary: 'The region tree of the district: district, towns, villages (flat, with parent codes)',
      querystring: RegionListQuery,
      response: { 200: Type.Array(RegionResponse) },
    },
  }, async (request) => {
    const regions = await listRegions(deps, requireActor(request));
    return regions.map((region) => presentRegion(region, request.query.boundaries === true));
  });

  app.get('/grids', {
    config: { access: 'region.read' },
    schema: {
      tags: ['regions'],
      summary: 'Grids (网格) with their GeoJSON polygons, optionally of one town or village',
      querystring: GridListQuery,
      response: { 200: Type.Array(GridResponse) },
    },
  }, async (request) => (await listGrids(deps, requireActor(request), request.query.regionCode)).map(presentGrid));

  app.get('/grids/locate', {
    config: { access: 'region.read' },
    schema: {
      tags: ['regions'],
      summary: 'The grid containing a point given in WGS-84, GCJ-02 or BD-09 (spatial index lookup)',
      querystring: LocateQuery,
      response: { 200: LocateResponse },
    },
  }, async (request) => {
    const actor = requireActor(request);
    const { lng, lat, crs = 'wgs84' } = request.query;
    const { grid, location } = await locateGrid(deps, actor, { lng, lat, crs });
    const [town, village] = await Promise.all([deps.regions.findRegion(grid.townCode), deps.regions.findRegion(grid.villageCode)]);
    return { grid: presentGrid(grid), location, townName: town?.name ?? '', villageName: village?.name ?? '' };
  });

  app.get('/grids/:id', {
    config: { access: 'region.read' },
    schema: { tags: ['regions'], summary: 'One grid', params: IdParams, response: { 200: GridResponse } },
  }, async (request) => presentGrid(await getGrid(deps, requireActor(request), request.params.id)));
}
