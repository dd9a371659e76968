import { describe, expect, it } from 'vitest';
import { apiQueryOf, filtersFromSearch, searchFromFilters } from './inspection-list-query';

const UNIT = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const USER = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

describe('inspection list filters in the URL', () => {
  it('survive a round trip through the URL', () => {
    const filters = { status: ['finished'], kind: ['self_inspection', 'supervision'], unitId: UNIT, inspectorId: USER, finishedFrom: '2026-11-01', finishedTo: '2026-11-20' };
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
  });

  it('drop what the API would refuse from a hand-edited link', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=finished&status=bogus&kind=audit&unitId=12&finishedFrom=yesterday&cursor=x'));
    expect(filters).toEqual({ status: ['finished'], kind: [] });
  });

  it('keep an order other than the default, and a cursor of that order, in the URL (ADR 0112)', () => {
    const cursor = `in_progress_${UNIT}`;
    const filters = { status: [], kind: [], sort: 'status_asc' as const, cursor };
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
    expect(apiQueryOf(filters)).toEqual({ limit: 20, sort: 'status_asc', cursor });
    expect(filtersFromSearch(new URLSearchParams('sort=started_desc'))).toEqual({ status: [], kind: [] });
    expect(filtersFromSearch(new URLSearchParams('sort=unit_asc&cursor=2_x'))).toEqual({ status: [], kind: [] });
  });

  it('leave no trace of empty filters', () => {
    expect(searchFromFilters({ status: [], kind: [] }).toString()).toBe('');
  });

  it('ask the API for Shanghai days, the end date included', () => {
    const query = apiQueryOf({ status: ['finished'], kind: [], finishedFrom: '2026-11-01', finishedTo: '2026-11-20', unitId: UNIT });
    expect(query).toEqual({
      limit: 20, status: ['finished'], unitId: UNIT,
      finishedFrom: '2026-10-31T16:00:00.000Z',
      finishedTo: '2026-11-20T16:00:00.000Z',
    });
  });
});
