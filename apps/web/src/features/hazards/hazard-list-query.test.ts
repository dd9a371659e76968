import { describe, expect, it } from 'vitest';
import { apiQueryOf, filtersFromSearch, searchFromFilters } from './hazard-list-query';

describe('hazard list filters in the URL', () => {
  it('round-trip through the URL', () => {
    const search = new URLSearchParams('status=reported&status=assigned&sector=fire&overdue=true&q=%E6%B6%88%E9%98%B2&regionCode=320412100&reportedFrom=2026-03-01');
    const filters = filtersFromSearch(search);
    expect(filters).toMatchObject({ status: ['reported', 'assigned'], sector: ['fire'], overdue: true, q: '消防', regionCode: '320412100', reportedFrom: '2026-03-01' });
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
  });

  it('drop values the API would refuse, keeping the rest of the link usable', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=bogus&status=closed&regionCode=12&unitId=not-a-uuid&reportedTo=tomorrow'));
    expect(filters.status).toEqual(['closed']);
    expect(filters.regionCode).toBeUndefined();
    expect(filters.unitId).toBeUndefined();
    expect(filters.reportedTo).toBeUndefined();
  });

  it('turn calendar dates into Shanghai day boundaries, the end date inclusive', () => {
    const query = apiQueryOf(filtersFromSearch(new URLSearchParams('reportedFrom=2026-03-01&reportedTo=2026-03-31')));
    expect(query.reportedFrom).toBe('2026-02-28T16:00:00.000Z');
    expect(query.reportedTo).toBe('2026-03-31T16:00:00.000Z');
    expect(query).not.toHaveProperty('status');
  });

  it('keep the column order and its cursor in the URL, so a sorted page survives a reload', () => {
    const filters = filtersFromSearch(new URLSearchParams('sort=deadline_asc&cursor=2026-03-05_0190a1b2-0000-7000-8000-000000000001'));
    expect(filters).toMatchObject({ sort: 'deadline_asc', cursor: '2026-03-05_0190a1b2-0000-7000-8000-000000000001' });
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
    expect(apiQueryOf(filters)).toMatchObject({ sort: 'deadline_asc', cursor: filters.cursor });
    // The default order leaves no trace; an unknown one is dropped.
    expect(filtersFromSearch(new URLSearchParams('sort=reported_desc')).sort).toBeUndefined();
    expect(filtersFromSearch(new URLSearchParams('sort=urgency')).sort).toBeUndefined();
    expect(apiQueryOf(filtersFromSearch(new URLSearchParams('')))).not.toHaveProperty('sort');
  });
});
