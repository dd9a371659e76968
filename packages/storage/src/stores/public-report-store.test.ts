import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Grid, Hazard, PublicReport } from '@safegrid/core';
import { buildHazard, DISTRICT, smallWorld, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

function report(hazardId: string, overrides: Partial<PublicReport> = {}): PublicReport {
  return {
    id: testId(), districtCode: DISTRICT, hazardId, reportedHazardId: hazardId, codeHash: `hash-${testId()}`, channel: 'web', clientName: null,
    category: 'fire_lane_blocked', description: '楼道堆满杂物', photoIds: ['p1'], reporterName: '张三', reporterPhone: '13812345678',
    createdAt: '2026-03-02T01:00:00.000Z', ...overrides,
  };
}

describeEachStoreTarget('public report store', (target) => {
  let world: TestStores;
  let grid: Grid;
  beforeEach(async () => {
    world = await openTestStores(target);
    const { regions, grids } = smallWorld();
    await world.regions(regions, grids);
    grid = grids[0] as Grid;
  });
  afterEach(async () => world.dispose());

  it('finds a report by its code hash and by id, lists and repoints reports of a hazard, and replaces a code', async () => {
    const { publicReports } = world.stores;
    const first = report('h1', { createdAt: '2026-03-02T01:00:00.000Z' });
    const follow = report('h1', { reportedHazardId: null, createdAt: '2026-03-02T02:00:00.000Z', reporterName: null, reporterPhone: null });
    const other = report('h2');
    for (const row of [first, follow, other]) await publicReports.insert(row);
    expect(await publicReports.findByCodeHash(first.codeHash)).toEqual(first);
    expect(await publicReports.findByCodeHash('nothing')).toBeUndefined();
    expect(await publicReports.findById(follow.id, DISTRICT)).toEqual(follow);
    expect(await publicReports.findById(follow.id, '320411')).toBeUndefined();
    expect((await publicReports.listForHazards(DISTRICT, ['h1'])).map((row) => row.id)).toEqual([first.id, follow.id]);
    await publicReports.repoint(DISTRICT, 'h2', 'h1');
    expect((await publicReports.listForHazards(DISTRICT, ['h1'])).map((row) => row.id)).toEqual([first.id, other.id, follow.id]);
    expect(await publicReports.listForHazards(DISTRICT, ['h2'])).toEqual([]);
    await publicReports.replaceCode(first.id, DISTRICT, 'hash-new');
    expect(await publicReports.findByCodeHash(first.codeHash)).toBeUndefined();
    expect((await publicReports.findByCodeHash('hash-new'))?.id).toBe(first.id);
  });

  it('refuses a second report with the same code in a district and a second merge of one duplicate', async () => {
    const { publicReports } = world.stores;
    await publicReports.insert(report('h1', { codeHash: 'same' }));
    await expect(publicReports.insert(report('h1', { codeHash: 'same' }))).rejects.toMatchObject({ code: 'storage.duplicate' });
    const merge = { districtCode: DISTRICT, duplicateId: 'd1', originalId: 'o1', mergedAt: '2026-03-02T03:00:00.000Z' };
    await publicReports.recordMerge(merge);
    await publicReports.recordMerge({ ...merge, duplicateId: 'd0', mergedAt: '2026-03-02T02:00:00.000Z' });
    await expect(publicReports.recordMerge(merge)).rejects.toMatchObject({ code: 'storage.duplicate' });
    expect((await publicReports.listMergedInto(DISTRICT, 'o1')).map((row) => row.duplicateId)).toEqual(['d0', 'd1']);
    expect(await publicReports.listMergedInto('320411', 'o1')).toEqual([]);
  });

  it('counts submissions per key and window and forgets old windows', async () => {
    const { publicReports } = world.stores;
    const counts = [];
    for (let i = 0; i < 3; i += 1) counts.push(await publicReports.countAttempt('address:a', '2026-03-02T01:00:00.000Z', '2026-02-28T01:00:00.000Z'));
    counts.push(await publicReports.countAttempt('phone:b', '2026-03-02T00:00:00.000Z', '2026-02-28T01:00:00.000Z'));
    counts.push(await publicReports.countAttempt('address:a', '2026-03-05T01:00:00.000Z', '2026-03-03T01:00:00.000Z'));
    counts.push(await publicReports.countAttempt('address:a', '2026-03-02T01:00:00.000Z', '2026-02-28T01:00:00.000Z'));
    expect(counts).toEqual([1, 2, 3, 1, 1, 1]);
  });

  it('finds open hazards of a category inside a box reported since a date, newest first', async () => {
    const at = (lng: number, lat: number, overrides: Partial<Hazard> = {}) => buildHazard(grid, { location: { lng, lat }, ...overrides });
    const near = at(119.9101, 31.7101, { reportedAt: '2026-03-01T00:00:00.000Z' });
    const nearer = at(119.9100, 31.7100, { reportedAt: '2026-03-01T05:00:00.000Z' });
    const closed = at(119.9100, 31.7100, { status: 'closed', closedAt: '2026-03-01T06:00:00.000Z', reportedAt: '2026-03-01T00:00:00.000Z' });
    const otherCategory = at(119.9100, 31.7100, { category: 'gas', reportedAt: '2026-03-01T00:00:00.000Z' });
    const old = at(119.9100, 31.7100, { reportedAt: '2026-01-01T00:00:00.000Z' });
    const outside = at(119.9200, 31.7100, { reportedAt: '2026-03-01T00:00:00.000Z' });
    const noPlace = buildHazard(grid, { location: null, reportedAt: '2026-03-01T00:00:00.000Z' });
    await world.hazards([near, nearer, closed, otherCategory, old, outside, noPlace]);
    const box = { minLng: 119.909, maxLng: 119.911, minLat: 31.709, maxLat: 31.711 };
    const found = await world.stores.hazards.findOpenNear(DISTRICT, { categories: ['fire_lane'], box, reportedFrom: '2026-02-01T00:00:00.000Z' }, 10);
    expect(found.map((hazard) => hazard.id)).toEqual([near.id, nearer.id].sort().reverse());
    expect(await world.stores.hazards.findOpenNear('320411', { categories: ['fire_lane'], box, reportedFrom: '2026-02-01T00:00:00.000Z' }, 10)).toEqual([]);
    expect(await world.stores.hazards.findOpenNear(DISTRICT, { categories: ['fire_lane'], box, reportedFrom: '2026-02-01T00:00:00.000Z' }, 1)).toHaveLength(1);
  });
});
