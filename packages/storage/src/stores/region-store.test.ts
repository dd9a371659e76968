import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Grid, MultiPolygon } from '@safegrid/core';
import { DISTRICT, HUTANG, smallWorld } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

type Ring = [number, number][];
const box = (lng: number, lat: number, size: number): Ring => [[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]];

describeEachStoreTarget('region store: grid outlines (ADR 0105)', (target) => {
  let world: TestStores;
  const { regions, grids } = smallWorld();
  const [hutang] = grids as [Grid, Grid];

  beforeEach(async () => {
    world = await openTestStores(target);
    await world.regions(regions, grids);
  });
  afterEach(async () => world.dispose());

  it('keeps a MultiPolygon grid with every part and hole through save, find and list, and turns it back into a Polygon', async () => {
    // Two parts: the main square with a hole, and an island to the east.
    const boundary: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[box(119.9, 31.7, 0.02), box(119.905, 31.705, 0.005)], [box(119.93, 31.7, 0.004)]],
    };
    await world.stores.regions.saveGrid({ ...hutang, boundary });
    expect((await world.stores.regions.findGrid(hutang.id))?.boundary).toEqual(boundary);
    const listed = await world.stores.regions.listGrids(DISTRICT, HUTANG);
    expect(listed.map((grid) => [grid.id, grid.boundary])).toEqual([[hutang.id, boundary]]);

    await world.stores.regions.saveGrid(hutang);
    expect((await world.stores.regions.findGrid(hutang.id))?.boundary).toEqual(hutang.boundary);
  });
});
