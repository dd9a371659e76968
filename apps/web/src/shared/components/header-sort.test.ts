import { CAMPAIGN_UNIT_SORTS, DELIVERY_SORTS, PATROL_SORTS } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { sortFromSearch, sortOfHeaderClick, withHeaderSorts, type HeaderSort } from './header-sort';

const PATROL: Record<string, HeaderSort> = { name: { base: 'name', first: 'ascend' }, dueOn: { base: 'due', first: 'ascend' }, last: { base: 'visited', first: 'descend' } };

describe('header sort', () => {
  it('turns a header click into the API order, the default order into none (a clean URL)', () => {
    expect(sortOfHeaderClick(PATROL, PATROL_SORTS, 'due_asc', 'name', 'descend')).toBe('name_desc');
    expect(sortOfHeaderClick(PATROL, PATROL_SORTS, 'due_asc', 'last', 'descend')).toBe('visited_desc');
    expect(sortOfHeaderClick(PATROL, PATROL_SORTS, 'due_asc', 'dueOn', 'ascend')).toBeUndefined();
    expect(sortOfHeaderClick(PATROL, PATROL_SORTS, 'due_asc', 'dueOn', 'descend')).toBe('due_desc');
    expect(sortOfHeaderClick(PATROL, PATROL_SORTS, 'due_asc', 'name', null)).toBeUndefined();
    expect(sortOfHeaderClick(PATROL, PATROL_SORTS, 'due_asc', 'kind', 'ascend')).toBeUndefined();
    expect(sortOfHeaderClick({ found: { base: 'found', first: 'descend' } }, CAMPAIGN_UNIT_SORTS, 'town_asc', 'found', 'descend')).toBe('found_desc');
    expect(sortOfHeaderClick({ kind: { base: 'kind', first: 'descend' } }, DELIVERY_SORTS, 'created_desc', 'kind', 'descend')).toBeUndefined();
  });

  it('reads only the orders the list knows from the URL, and not its default', () => {
    expect(sortFromSearch(new URLSearchParams('sort=attempts_desc'), DELIVERY_SORTS, 'created_desc')).toBe('attempts_desc');
    expect(sortFromSearch(new URLSearchParams('sort=created_desc'), DELIVERY_SORTS, 'created_desc')).toBeUndefined();
    expect(sortFromSearch(new URLSearchParams('sort=loudest'), DELIVERY_SORTS, 'created_desc')).toBeUndefined();
    expect(sortFromSearch(new URLSearchParams('sort=inspected_desc'), CAMPAIGN_UNIT_SORTS, 'town_asc')).toBe('inspected_desc');
  });

  it('marks the header of the order in force, with its direction, and only sortable headers sort', () => {
    const columns = [{ key: 'name', title: '名称' }, { key: 'dueOn', title: '应巡日期' }, { key: 'last', title: '上次巡查' }, { key: 'kind', title: '类型' }];
    const sorted = withHeaderSorts(columns, PATROL, 'visited_desc');
    expect(sorted.map((column) => ('sortOrder' in column ? column.sortOrder : 'none'))).toEqual([null, null, 'descend', 'none']);
    expect(sorted[2]).toMatchObject({ sorter: true, sortDirections: ['descend', 'ascend'] });
    expect(withHeaderSorts(columns, PATROL, 'due_asc').map((column) => ('sortOrder' in column ? column.sortOrder : 'none'))).toEqual([null, 'ascend', null, 'none']);
  });
});
