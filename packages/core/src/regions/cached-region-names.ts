import type { Clock } from '../shared/clock.js';
import type { RegionStore } from './region-store.js';

/** How long a district's region names are kept (ADR 0111). */
export const REGION_NAMES_MAX_AGE_MS = 60_000;

/**
 * The region store with each district's code → name map kept for `maxAgeMs` (ADR 0111). The
 * overview labels its towns with these on every request; reading the district's few hundred region
 * rows each time cost more than the cached counts. Regions are written only by bulk loads (a new
 * install, the demo, the bench), never through the API, so no change announces them: a name added
 * by a bulk load into a running server's database shows within `maxAgeMs`. One entry per district.
 */
export function createCachedRegionNames(regions: RegionStore, clock: Clock, maxAgeMs = REGION_NAMES_MAX_AGE_MS): RegionStore {
  const names = new Map<string, { readonly at: number; readonly names: Promise<ReadonlyMap<string, string>> }>();
  return {
    ...regions,
    regionNames(districtCode) {
      const now = clock.now().getTime();
      const kept = names.get(districtCode);
      if (kept && now - kept.at < maxAgeMs) return kept.names;
      const loading = regions.regionNames(districtCode);
      // A failed read must not stay in the cache.
      loading.catch(() => names.delete(districtCode));
      names.set(districtCode, { at: now, names: loading });
      return loading;
    },
  };
}
