import { describe, expect, it } from 'vitest';
import { readHiddenColumns, visibleColumns, writeHiddenColumns, type ColumnStorage } from './list-columns';

function memoryStorage(initial: Record<string, string> = {}): ColumnStorage & { readonly data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => { data[key] = value; } };
}

describe('column settings (列设置)', () => {
  it('remembers the hidden columns per list', () => {
    const storage = memoryStorage();
    writeHiddenColumns(storage, 'hazards', ['sector', 'town', 'sector']);
    expect(readHiddenColumns(storage, 'hazards')).toEqual(['sector', 'town']);
    expect(readHiddenColumns(storage, 'units')).toEqual([]);
  });

  it('reads a damaged setting as nothing hidden', () => {
    expect(readHiddenColumns(memoryStorage({ 'safegrid.columns.hazards': '{not json' }), 'hazards')).toEqual([]);
    expect(readHiddenColumns(memoryStorage({ 'safegrid.columns.hazards': '{"a":1}' }), 'hazards')).toEqual([]);
    expect(readHiddenColumns(memoryStorage({ 'safegrid.columns.hazards': '["town",3]' }), 'hazards')).toEqual(['town']);
  });

  it('drops the hidden columns and keeps those without a key', () => {
    const columns = [{ key: 'title' }, { key: 'sector' }, { title: 'x' }, { key: 'town' }];
    expect(visibleColumns(columns, ['sector', 'town'])).toEqual([{ key: 'title' }, { title: 'x' }]);
    expect(visibleColumns(columns, [])).toEqual(columns);
  });
});
