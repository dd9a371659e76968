import type { Grid } from '@safegrid/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildUnit, DISTRICT, testId } from '../testing/fixtures.js';
import { openSmallWorldStores } from '../testing/rollup-world.js';
import { describeEachStoreTarget, type TestStores } from '../testing/test-stores.js';

describeEachStoreTarget('unit names for exports', (target) => {
  let world: { stores: TestStores; grids: [Grid, Grid] };
  beforeEach(async () => {
    world = await openSmallWorldStores(target);
  });
  afterEach(async () => world.stores.dispose());

  it('names the district’s units asked for, in chunks past the parameter limits, and no other district’s', async () => {
    const [hutang, luoyang] = world.grids;
    const units = Array.from({ length: 1_203 }, (_, index) => buildUnit(index % 2 ? hutang : luoyang, { name: `单位${index}` }));
    await world.stores.units(units);
    const names = await world.stores.stores.units.namesOf(DISTRICT, [...units.map((unit) => unit.id), testId()]);
    expect(names.size).toBe(1_203);
    expect(names.get(units[1_202]?.id ?? '')).toBe('单位1202');
    expect((await world.stores.stores.units.namesOf('320411', [units[0]?.id ?? ''])).size).toBe(0);
  });
});
