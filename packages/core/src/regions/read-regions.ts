import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { toWgs84, type CoordinateSystem } from '../geo/coordinate-systems.js';
import type { LngLat } from '../geo/geometry.js';
import { DomainError } from '../shared/domain-error.js';
import type { Grid, Region } from './region.js';

/**
 * The region tree of the actor's district. Names and boundaries of towns and villages are not
 * confidential inside a district; what lies in them is scoped elsewhere.
 */
export async function listRegions(deps: CoreDeps, actor: Actor): Promise<Region[]> {
  return deps.regions.listRegions(actor.districtCode);
}

/** Grids of the district, or of one town or village, with their polygons. */
export async function listGrids(deps: CoreDeps, actor: Actor, regionCode?: string): Promise<Grid[]> {
  return deps.regions.listGrids(actor.districtCode, regionCode);
}

export async function getGrid(deps: CoreDeps, actor: Actor, gridId: string): Promise<Grid> {
  const grid = await deps.regions.findGrid(gridId);
  if (!grid || grid.districtCode !== actor.districtCode) {
    throw new DomainError('not_found', 'grid.not_found', 'The grid does not exist.', { gridId });
  }
  return grid;
}

/** The grid containing a point given in any supported coordinate system, found through the spatial index. */
export async function locateGrid(
  deps: CoreDeps,
  actor: Actor,
  input: LngLat & { readonly crs: CoordinateSystem },
): Promise<{ grid: Grid; location: LngLat }> {
  const location = toWgs84(input, input.crs);
  const grid = (await deps.gridLocators.forDistrict(actor.districtCode)).locate(location);
  if (!grid) throw new DomainError('not_found', 'grid.no_grid_at_point', 'No grid of your district contains this point.', { location });
  return { grid, location };
}
