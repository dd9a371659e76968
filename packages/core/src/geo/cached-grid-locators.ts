import type { GridLocators } from '../deps.js';
import type { RegionStore } from '../regions/region-store.js';
import { createGridLocator, type GridLocator } from './grid-locator.js';

/** Builds each district's grid index on first use and keeps it until invalidated. */
export function createCachedGridLocators(regions: RegionStore): GridLocators {
  const cache = new Map<string, Promise<GridLocator>>();
  return {
    forDistrict(districtCode) {
      let locator = cache.get(districtCode);
      if (!locator) {
        locator = regions.listGrids(districtCode).then(createGridLocator);
        // A failed load must not poison the cache.
        locator.catch(() => cache.delete(districtCode));
        cache.set(districtCode, locator);
      }
      return locator;
    },
    invalidate() {
      cache.clear();
    },
  };
}
