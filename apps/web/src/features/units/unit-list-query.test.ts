import { describe, expect, it } from 'vitest';
import { pageSizeOf } from '../../shared/components/list-toolbar';
import { searchFromUnitFilters, searchWithUnitPageSize, UNIT_PAGE_SIZE, unitApiQueryOf, unitFiltersFromSearch, unitSortOfHeader } from './unit-list-query';

describe('registry filters in the URL', () => {
  it('round-trip and become the API query', () => {
    const filters = unitFiltersFromSearch(new URLSearchParams('kind=enterprise&tag=dust&tag=bogus&q=%E4%BA%94%E9%87%91&sort=recent'));
    expect(filters).toMatchObject({ kind: ['enterprise'], tag: ['dust'], q: '五金', sort: 'recent' });
    expect(unitFiltersFromSearch(searchFromUnitFilters(filters))).toEqual(filters);
    expect(unitApiQueryOf(filters)).toEqual({ limit: 20, kind: ['enterprise'], tag: ['dust'], q: '五金', sort: 'recent' });
  });

  it('carry the risk colours, dropping unknown ones', () => {
    const filters = unitFiltersFromSearch(new URLSearchParams('riskLevel=red&riskLevel=purple&riskLevel=orange'));
    expect(filters.riskLevel).toEqual(['red', 'orange']);
    expect(searchFromUnitFilters(filters).getAll('riskLevel')).toEqual(['red', 'orange']);
    expect(unitApiQueryOf(filters)).toEqual({ limit: 20, riskLevel: ['red', 'orange'] });
    expect(unitApiQueryOf(unitFiltersFromSearch(new URLSearchParams('')))).toEqual({ limit: 20 });
  });

  it('keep a long cursor, as the API issues after long names (page 5 used to jump back to page 1)', () => {
    const cursor = 'x'.repeat(1_400);
    expect(unitFiltersFromSearch(new URLSearchParams({ cursor })).cursor).toBe(cursor);
    expect(unitApiQueryOf(unitFiltersFromSearch(new URLSearchParams({ cursor }))).cursor).toBe(cursor);
  });
});

describe('registry page size in the URL', () => {
  it('keeps a chosen size with the filters, leaves the default out and ignores sizes the list does not offer', () => {
    const params = searchWithUnitPageSize(searchFromUnitFilters({ ...unitFiltersFromSearch(new URLSearchParams()), q: '湖塘' }), 100);
    expect(params.get('size')).toBe('100');
    expect(unitApiQueryOf(unitFiltersFromSearch(params), pageSizeOf(params, UNIT_PAGE_SIZE))).toMatchObject({ q: '湖塘', limit: 100 });
    expect(searchWithUnitPageSize(new URLSearchParams(), UNIT_PAGE_SIZE).has('size')).toBe(false);
    expect(pageSizeOf(new URLSearchParams('size=33'), UNIT_PAGE_SIZE)).toBe(UNIT_PAGE_SIZE);
  });
});

describe('registry header sorting', () => {
  it('asks for newest first from the 建档时间 header and the name order otherwise', () => {
    expect(unitSortOfHeader('createdAt', 'descend')).toBe('recent');
    expect(unitSortOfHeader('createdAt', null)).toBeUndefined();
    expect(unitSortOfHeader('name', 'ascend')).toBeUndefined();
    expect(unitSortOfHeader('name', null)).toBeUndefined();
    const sorted = unitFiltersFromSearch(searchFromUnitFilters({ kind: [], sector: [], tag: [], status: [], riskLevel: [], sort: unitSortOfHeader('createdAt', 'descend') }));
    expect(unitApiQueryOf(sorted).sort).toBe('recent');
  });
});
