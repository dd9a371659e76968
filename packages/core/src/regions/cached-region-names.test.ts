import { describe, expect, it } from 'vitest';
import { createManualClock } from '../shared/clock.js';
import { createCachedRegionNames } from './cached-region-names.js';
import type { RegionStore } from './region-store.js';

function countingRegions() {
  const calls: string[] = [];
  let fail = false;
  const store = {
    async regionNames(districtCode: string) {
      calls.push(districtCode);
      if (fail) throw new Error('database gone');
      return new Map([[`${districtCode}100`, `镇${calls.length}`]]);
    },
  } as unknown as RegionStore;
  return { store, calls, failNext: (value: boolean) => { fail = value; } };
}

describe('createCachedRegionNames', () => {
  it('reads a district\'s names once per maxAgeMs, each district apart', async () => {
    const { store, calls } = countingRegions();
    const clock = createManualClock('2026-03-02T02:00:00Z');
    const regions = createCachedRegionNames(store, clock, 60_000);
    expect((await regions.regionNames('320412')).get('320412100')).toBe('镇1');
    expect((await regions.regionNames('320412')).get('320412100')).toBe('镇1');
    expect((await regions.regionNames('320411')).get('320411100')).toBe('镇2');
    clock.advance(60_000);
    expect((await regions.regionNames('320412')).get('320412100')).toBe('镇3');
    expect(calls).toEqual(['320412', '320411', '320412']);
  });

  it('does not keep a failed read', async () => {
    const { store, calls, failNext } = countingRegions();
    const regions = createCachedRegionNames(store, createManualClock('2026-03-02T02:00:00Z'));
    failNext(true);
    await expect(regions.regionNames('320412')).rejects.toThrow('database gone');
    failNext(false);
    expect((await regions.regionNames('320412')).size).toBe(1);
    expect(calls).toHaveLength(2);
  });
});
