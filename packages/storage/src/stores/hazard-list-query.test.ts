import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compareHazards, HAZARD_CATEGORIES, HAZARD_LEVELS, HAZARD_SORTS, HAZARD_SOURCES, HAZARD_STATUSES, isInScope, isOverdue, MAX_CURSOR_LENGTH,
  type Grid, type Hazard, type HazardFilter, type ScopeFilter,
} from '@safegrid/core';
import { buildHazard, DISTRICT, HUTANG, LUOYANG, seededPicker, smallWorld } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';
import { splitIntoRanges } from './hazard-list-query.js';

const TODAY = '2026-03-01';

/** The plain reading of a filter, row by row: what a list page must agree with. */
function matches(hazard: Hazard, filter: HazardFilter): boolean {
  const anyOf = <T>(values: readonly T[] | undefined, value: T) => !values?.length || values.includes(value);
  return anyOf(filter.statuses, hazard.status) && anyOf(filter.levels, hazard.level) && anyOf(filter.sources, hazard.source)
    && anyOf(filter.categories, hazard.category) && anyOf(filter.sectors, hazard.sector)
    && (!filter.regionCode || hazard.townCode === filter.regionCode || hazard.villageCode === filter.regionCode)
    && (!filter.gridId || hazard.gridId === filter.gridId) && (!filter.assigneeId || hazard.assigneeId === filter.assigneeId)
    // Core's rule, the one the SQL fragment and the fake share (ADR 0062): no deadline, not overdue.
    && (filter.overdue === undefined || filter.overdue === isOverdue(hazard, TODAY));
}

describe('splitIntoRanges', () => {
  it('reads the open statuses as one range each, and keeps a value given twice once', () => {
    const ranges = splitIntoRanges({ districtCode: DISTRICT }, { statuses: ['reported', 'assigned', 'reported'] });
    expect(ranges.map((range) => range.filter.statuses)).toEqual([['reported'], ['assigned']]);
  });

  it('stops splitting where the ranges would exceed their cap', () => {
    const ranges = splitIntoRanges({ districtCode: DISTRICT, gridIds: ['g1', 'g2'] }, { statuses: [...HAZARD_STATUSES], levels: ['general', 'major'] });
    expect(ranges).toHaveLength(10);
    expect(ranges.every((range) => range.filter.levels?.length === 2)).toBe(true);
  });
});

describeEachStoreTarget('hazard list pages', (target) => {
  let database: TestStores;
  let grids: Grid[];
  let given: Hazard[];

  beforeEach(async () => {
    database = await openTestStores(target);
    const world = smallWorld();
    grids = world.grids;
    const pick = seededPicker(4);
    given = Array.from({ length: 160 }, () => buildHazard(pick(grids), {
      status: pick(HAZARD_STATUSES), level: pick(HAZARD_LEVELS), source: pick(HAZARD_SOURCES), category: pick(HAZARD_CATEGORIES),
      sector: pick(['fire', 'town_gas', 'industry_trade'] as const), assigneeId: pick([null, 'ua', 'ub']),
      deadline: pick([null, '2026-02-01', '2026-03-01', '2026-04-01']),
    }));
    await database.regions(world.regions, world.grids);
    await database.hazards(given);
  });
  afterEach(async () => database.dispose());

  /** Every page of the list, collected by following the cursor; also checks each page's size. */
  async function allPages(scope: ScopeFilter, filter: HazardFilter, limit: number): Promise<string[]> {
    const { hazards } = database.stores;
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 200; pages += 1) {
      const page = await hazards.list(scope, filter, { limit, cursor }, TODAY);
      if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
      ids.push(...page.items.map((hazard) => hazard.id));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    return ids;
  }

  const expected = (scope: ScopeFilter, filter: HazardFilter) =>
    given.filter((hazard) => isInScope(scope, hazard) && matches(hazard, filter)).map((hazard) => hazard.id).sort().reverse();

  it('returns exactly the matching hazards newest first, page after page, for each typical filter and scope', async () => {
    const district: ScopeFilter = { districtCode: DISTRICT };
    const [first, second] = grids as [Grid, Grid];
    const cases: [ScopeFilter, HazardFilter][] = [
      [district, {}],
      [district, { statuses: ['reported', 'assigned'] }],
      [district, { statuses: ['assigned', 'assigned'] }],
      [district, { levels: ['major'] }],
      [district, { levels: ['general', 'major'], statuses: ['closed', 'dismissed', 'submitted'] }],
      [district, { overdue: true }],
      [district, { overdue: false, statuses: ['assigned', 'reported'] }],
      [district, { sources: ['patrol'], statuses: ['assigned'] }],
      [district, { categories: [HAZARD_CATEGORIES[0]] }],
      [district, { regionCode: HUTANG }],
      [district, { regionCode: `${LUOYANG}201`, statuses: ['reported', 'assigned'] }],
      [district, { gridId: first.id, statuses: ['reported', 'assigned'] }],
      [district, { assigneeId: 'ua', statuses: ['assigned', 'submitted'] }],
      [district, { sectors: ['fire', 'town_gas'], statuses: [...HAZARD_STATUSES] }],
      [{ ...district, regionCode: HUTANG }, { statuses: ['reported', 'assigned'] }],
      [{ ...district, regionCode: LUOYANG }, { regionCode: HUTANG }],
      [{ ...district, gridIds: [first.id, second.id] }, { statuses: ['reported', 'assigned'] }],
      [{ ...district, gridIds: [second.id] }, {}],
      [{ ...district, gridIds: [] }, { statuses: ['reported', 'assigned'] }],
      [{ ...district, sectors: ['fire', 'industry_trade'] }, { statuses: ['reported', 'assigned'], levels: ['major', 'general'] }],
      [{ districtCode: '320411' }, { statuses: ['reported', 'assigned'] }],
    ];
    for (const [scope, filter] of cases) {
      const want = expected(scope, filter);
      for (const limit of [1, 7, 200]) {
        expect(await allPages(scope, filter, limit), JSON.stringify({ scope, filter, limit })).toEqual(want);
      }
    }
    expect(expected(district, { statuses: ['reported', 'assigned'] }).length).toBeGreaterThan(40);
  });

  it('counts the hazards the pages return (共 N 条), within scope and filters, and stops at the cap', async () => {
    const district: ScopeFilter = { districtCode: DISTRICT };
    const [first] = grids as [Grid, Grid];
    const cases: [ScopeFilter, HazardFilter][] = [
      [district, {}],
      [district, { statuses: ['reported', 'assigned'] }],
      [district, { overdue: true, levels: ['major'] }],
      [district, { regionCode: HUTANG }],
      [{ ...district, gridIds: [first.id] }, { statuses: ['reported', 'assigned'] }],
      [{ ...district, sectors: ['fire'] }, {}],
      [{ ...district, gridIds: [] }, {}],
      [{ districtCode: '320411' }, {}],
    ];
    const { hazards } = database.stores;
    for (const [scope, filter] of cases) {
      const want = expected(scope, filter).length;
      const label = JSON.stringify({ scope, filter, want });
      expect(await hazards.count(scope, filter, TODAY, 10_000), label).toEqual({ total: want, capped: false });
      expect(await hazards.count(scope, filter, TODAY, want), label).toEqual({ total: want, capped: false });
      if (want > 0) expect(await hazards.count(scope, filter, TODAY, want - 1), label).toEqual({ total: want - 1, capped: true });
    }
    expect(expected(district, {}).length).toBe(160);
  });

  it('pages every sort order at any depth: cursors round-trip, no row twice or missing, deadlines last when absent (issue 16)', async () => {
    const district: ScopeFilter = { districtCode: DISTRICT };
    const [first, second] = grids as [Grid, Grid];
    const scopes: ScopeFilter[] = [district, { ...district, regionCode: HUTANG }, { ...district, gridIds: [first.id, second.id] }, { ...district, sectors: ['fire', 'town_gas'] }];
    const filters: HazardFilter[] = [
      {}, { statuses: ['reported', 'assigned'] }, { levels: ['general', 'major'] }, { overdue: false }, { sectors: ['fire', 'industry_trade'], statuses: ['assigned'] },
      { deadlineFrom: '2026-03-01' },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HAZARD_SORTS), fc.constantFrom(...scopes), fc.constantFrom(...filters), fc.integer({ min: 1, max: 9 }),
        async (sort, scope, filter, limit) => {
          const { hazards } = database.stores;
          const want = given.filter((hazard) => isInScope(scope, hazard) && matches(hazard, filter) && (!filter.deadlineFrom || (hazard.deadline ?? '') >= filter.deadlineFrom))
            .sort(compareHazards(sort)).map((hazard) => hazard.id);
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let pages = 0; pages < 200; pages += 1) {
            const page = await hazards.list(scope, { ...filter, sort }, { limit, cursor }, TODAY);
            if (page.nextCursor !== null) {
              expect(page.items).toHaveLength(limit);
              expect(page.nextCursor.length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH);
            }
            seen.push(...page.items.map((hazard) => hazard.id));
            if (page.nextCursor === null) break;
            cursor = page.nextCursor;
          }
          expect(seen, JSON.stringify({ sort, scope, filter, limit })).toEqual(want);
        },
      ),
      { numRuns: target === 'postgres' ? 15 : 40 },
    );
  }, 240_000);

  it('orders deadlines most urgent first, without a deadline last, and refuses a cursor of another order', async () => {
    const { hazards } = database.stores;
    const district: ScopeFilter = { districtCode: DISTRICT };
    const firstPage = await hazards.list(district, { sort: 'deadline_asc' }, { limit: 200 }, TODAY);
    const deadlines = firstPage.items.map((hazard) => hazard.deadline);
    const dated = deadlines.filter((deadline) => deadline !== null);
    expect(deadlines.slice(0, dated.length)).toEqual([...dated].sort());
    expect(deadlines.slice(dated.length).every((deadline) => deadline === null)).toBe(true);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.length).toBeLessThan(deadlines.length);
    const descending = (await hazards.list(district, { sort: 'deadline_desc' }, { limit: 200 }, TODAY)).items.map((hazard) => hazard.deadline);
    expect(descending.slice(0, dated.length)).toEqual([...dated].sort().reverse());
    const byLevel = (await hazards.list(district, { sort: 'level_desc' }, { limit: 200 }, TODAY)).items.map((hazard) => hazard.level);
    expect(byLevel.indexOf('general')).toBeGreaterThan(byLevel.lastIndexOf('major'));
    const idCursor = (await hazards.list(district, {}, { limit: 3 }, TODAY)).nextCursor ?? '';
    await expect(hazards.list(district, { sort: 'deadline_asc' }, { limit: 3, cursor: idCursor }, TODAY)).rejects.toMatchObject({ fields: [{ path: '/cursor', code: 'invalid_cursor' }] });
    await expect(hazards.list(district, { sort: 'level_desc' }, { limit: 3, cursor: 'urgent_x' }, TODAY)).rejects.toMatchObject({ fields: [{ path: '/cursor', code: 'invalid_cursor' }] });
  });
});
