import Flatbush from 'flatbush';
import type { Grid } from '../regions/region.js';
import { boundingBoxOf, isPointInPolygon, type LngLat } from './geometry.js';

/** Finds the grid (网格) containing a WGS-84 point through a static R-tree of grid boxes. */
export interface GridLocator {
  locate(point: LngLat): Grid | undefined;
  readonly size: number;
}

/** Builds the spatial index once; a lookup tests only the polygons whose box holds the point. */
export function createGridLocator(grids: readonly Grid[]): GridLocator {
  if (grids.length === 0) return { locate: () => undefined, size: 0 };
  const index = new Flatbush(grids.length);
  for (const grid of grids) {
    const box = boundingBoxOf(grid.boundary);
    index.add(box.minLng, box.minLat, box.maxLng, box.maxLat);
  }
  index.finish();
  return {
    size: grids.length,
    locate(point) {
      const candidates = index.search(point.lng, point.lat, point.lng, point.lat);
      // Candidate order is the index's; sort so a point on a shared edge always resolves the same way.
      candidates.sort((a, b) => a - b);
      for (const position of candidates) {
        const grid = grids[position];
        if (grid && isPointInPolygon(point, grid.boundary)) return grid;
      }
      return undefined;
    },
  };
}
