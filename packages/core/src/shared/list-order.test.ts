import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_UNIT_SORTS, compareCampaignUnits, DEFAULT_CAMPAIGN_UNIT_SORT } from '../campaigns/campaign-unit-sort.js';
import { comparePatrols, DEFAULT_PATROL_SORT, PATROL_SORTS } from '../risk/patrol-sort.js';
import { nameSortKey, pageInMemory } from './list-order.js';

const NAMES = ['张家五金店', '安全机械厂', '湖塘服装厂', '湖塘铝材抛光厂', '洛阳丙', 'ABC 公司', '湖塘服装厂'];
const DATES = [null, '2026-01-05', '2026-02-10', '2026-02-10', '2026-03-01'];

/** Every page of `rows` in `sort`, following the cursors; checks each full page's size. */
function allPages<T, S extends string>(rows: readonly T[], sort: S, defaultSort: S, limit: number): T[] {
  const seen: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 200; pages += 1) {
    const page = pageInMemory(rows, sort, defaultSort, { limit, cursor });
    if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
    seen.push(...page.items);
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return seen;
}

describe('lists sorted in memory (ADR 0108)', () => {
  const patrolRow = fc.record({
    unit: fc.record({ id: fc.uuid(), name: fc.constantFrom(...NAMES) }),
    status: fc.record({ dueOn: fc.constantFrom('2026-02-01', '2026-03-01', '2026-04-01'), lastVisitedOn: fc.constantFrom(...DATES) }),
  });
  const campaignRow = fc.record({
    unit: fc.record({ id: fc.uuid(), name: fc.constantFrom(...NAMES), townCode: fc.constantFrom('320412100', '320412103') }),
    lastInspectedAt: fc.constantFrom(null, '2026-02-10T02:00:00.000Z', '2026-03-01T08:00:00.000Z'),
    hazardsFound: fc.integer({ min: 0, max: 3 }),
    hazardsOpen: fc.integer({ min: 0, max: 2 }),
  });

  it('pages the patrol list in every order at any depth: each row once, in one total order', () => {
    fc.assert(fc.property(fc.uniqueArray(patrolRow, { selector: (row) => row.unit.id, maxLength: 30 }), fc.constantFrom(...PATROL_SORTS), fc.integer({ min: 1, max: 9 }), (rows, sort, limit) => {
      const sorted = [...rows].sort(comparePatrols(sort));
      expect(allPages(sorted, sort, DEFAULT_PATROL_SORT, limit)).toEqual(sorted);
      // The order is total: shuffled input sorts the same.
      expect([...rows].reverse().sort(comparePatrols(sort))).toEqual(sorted);
      for (let index = 1; index < sorted.length; index += 1) {
        const [before, after] = [sorted[index - 1]!, sorted[index]!];
        if (sort.startsWith('visited') && before.status.lastVisitedOn === null) expect(after.status.lastVisitedOn).toBeNull();
        if (sort === 'name_asc') expect(nameSortKey(before.unit.name) <= nameSortKey(after.unit.name)).toBe(true);
      }
    }));
  });

  it('pages a campaign’s units in every order at any depth, never-inspected last in both inspection orders', () => {
    fc.assert(fc.property(fc.uniqueArray(campaignRow, { selector: (row) => row.unit.id, maxLength: 30 }), fc.constantFrom(...CAMPAIGN_UNIT_SORTS), fc.integer({ min: 1, max: 9 }), (rows, sort, limit) => {
      const sorted = [...rows].sort(compareCampaignUnits(sort));
      expect(allPages(sorted, sort, DEFAULT_CAMPAIGN_UNIT_SORT, limit)).toEqual(sorted);
      expect([...rows].reverse().sort(compareCampaignUnits(sort))).toEqual(sorted);
      const found = sorted.map((row) => row.hazardsFound);
      if (sort === 'found_desc') expect(found).toEqual([...found].sort((a, b) => b - a));
      if (sort.startsWith('inspected')) {
        const firstMissing = sorted.findIndex((row) => row.lastInspectedAt === null);
        if (firstMissing >= 0) expect(sorted.slice(firstMissing).every((row) => row.lastInspectedAt === null)).toBe(true);
      }
    }));
  });

  it('writes the order into every cursor but the default one, and refuses a cursor of another order naming /cursor', () => {
    const rows = Array.from({ length: 5 }, (_, index) => index);
    expect(pageInMemory(rows, 'due_asc', 'due_asc', { limit: 2 }).nextCursor).toBe('2');
    expect(pageInMemory(rows, 'name_asc', 'due_asc', { limit: 2 }).nextCursor).toBe('name_asc:2');
    expect(pageInMemory(rows, 'name_asc', 'due_asc', { limit: 2, cursor: 'name_asc:4' })).toEqual({ items: [4], nextCursor: null });
    const refused = { fields: [{ path: '/cursor', code: 'invalid_cursor' }] };
    const cases: [string, string][] = [['name_asc', '2'], ['due_asc', 'name_asc:2'], ['visited_desc', 'name_asc:2'], ['name_asc', 'name_asc:x'], ['due_asc', '-1']];
    for (const [sort, cursor] of cases) {
      expect(() => pageInMemory(rows, sort, 'due_asc', { limit: 2, cursor }), `${sort} ${cursor}`).toThrow(expect.objectContaining(refused));
    }
  });
});
