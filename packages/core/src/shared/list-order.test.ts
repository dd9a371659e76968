import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_SORTS, compareAccounts } from '../accounts/account-sort.js';
import { ROLES, USER_STATUSES } from '../accounts/user.js';
import { CAMPAIGN_UNIT_SORTS, compareCampaignUnits, DEFAULT_CAMPAIGN_UNIT_SORT } from '../campaigns/campaign-unit-sort.js';
import { TENANT_REVIEW_STATUSES } from '../parks/tenant-review.js';
import {
  compareTenantReviews, decodeTenantReviewCursor, encodeTenantReviewCursor, isAfterTenantReviewPosition, TENANT_REVIEW_SORTS,
} from '../parks/tenant-review-sort.js';
import { comparePatrols, DEFAULT_PATROL_SORT, PATROL_SORTS } from '../risk/patrol-sort.js';
import { comparePlain, nameSortKey, pageInMemory } from './list-order.js';

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

  it('sorts the account list in one total order per sort: pinyin names, roles and statuses as their lists run (ADR 0113)', () => {
    const account = fc.record({
      id: fc.uuid(), username: fc.stringMatching(/^[a-z0-9_.-]{3,8}$/), displayName: fc.constantFrom(...NAMES),
      role: fc.constantFrom(...ROLES), status: fc.constantFrom(...USER_STATUSES), createdAt: fc.constantFrom('2026-01-05T00:00:00.000Z', '2026-02-10T08:00:00.000Z'),
    });
    fc.assert(fc.property(fc.uniqueArray(account, { selector: (row) => row.id, maxLength: 30 }), fc.constantFrom(...ACCOUNT_SORTS), (rows, sort) => {
      const sorted = [...rows].sort(compareAccounts(sort));
      // The order is total (ties end at the id), so page numbers over it never repeat or skip a row.
      expect([...rows].reverse().sort(compareAccounts(sort))).toEqual(sorted);
      for (let index = 1; index < sorted.length; index += 1) {
        const [before, after] = [sorted[index - 1]!, sorted[index]!];
        if (sort === 'name_asc') expect(nameSortKey(before.displayName) <= nameSortKey(after.displayName)).toBe(true);
        if (sort === 'role_desc') expect(ROLES.indexOf(before.role) >= ROLES.indexOf(after.role)).toBe(true);
        if (sort === 'status_asc') expect(USER_STATUSES.indexOf(before.status) <= USER_STATUSES.indexOf(after.status)).toBe(true);
        if (sort === 'created_desc' && before.createdAt === after.createdAt) expect(before.id > after.id).toBe(true);
      }
    }));
  });

  it('pages the tenant review queue by keyset in every order: the cursor after each page finds the next, each row once', () => {
    const review = fc.record({ id: fc.uuid(), status: fc.constantFrom(...TENANT_REVIEW_STATUSES) });
    fc.assert(fc.property(fc.uniqueArray(review, { selector: (row) => row.id, maxLength: 30 }), fc.constantFrom(...TENANT_REVIEW_SORTS), fc.integer({ min: 1, max: 9 }), (rows, sort, limit) => {
      const sorted = [...rows].sort(compareTenantReviews(sort));
      expect([...rows].reverse().sort(compareTenantReviews(sort))).toEqual(sorted);
      const seen: typeof rows = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 100; pages += 1) {
        const after = cursor === undefined ? undefined : decodeTenantReviewCursor(sort, cursor);
        const rest = sorted.filter((row) => !after || isAfterTenantReviewPosition(sort, after, row));
        seen.push(...rest.slice(0, limit));
        const last = rest[limit - 1];
        if (rest.length <= limit || !last) break;
        cursor = encodeTenantReviewCursor(sort, last);
      }
      expect(seen).toEqual(sorted);
      if (sort.startsWith('status')) expect(sorted.map((row) => row.status)).toEqual(sorted.map((row) => row.status).sort((a, b) => (sort === 'status_asc' ? 1 : -1) * comparePlain(a, b)));
    }));
    const refused = { fields: [{ path: '/cursor', code: 'invalid_cursor' }] };
    const id = '0195f0c4-7a00-7000-8000-000000000001';
    expect(encodeTenantReviewCursor('applied_desc', { id, status: 'approved' })).toBe(id);
    expect(decodeTenantReviewCursor('status_desc', `approved_${id}`)).toEqual({ value: 'approved', id });
    for (const [sort, cursor] of [['status_asc', id], ['applied_desc', `approved_${id}`], ['status_asc', `evicted_${id}`], ['applied_asc', '']] as const) {
      expect(() => decodeTenantReviewCursor(sort, cursor), `${sort} ${cursor}`).toThrow(expect.objectContaining(refused));
    }
  });
});
