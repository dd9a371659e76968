import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countColumn, defineKeysetSort, defineListSort, nullablePatternColumn, oneOfColumn } from './keyset-sort.js';

const STATES = ['open', 'in_progress', 'done'] as const;
const SORTS = ['made_desc', 'made_asc', 'due_asc', 'due_desc', 'state_asc', 'state_desc', 'count_desc', 'count_asc'] as const;

interface Row {
  readonly id: string;
  readonly due: string | null;
  readonly state: (typeof STATES)[number];
  readonly count: number;
}

const rowSort = defineKeysetSort({
  sorts: SORTS,
  defaultSort: 'made_desc',
  columns: { made: 'id', due: 'due', state: 'state', count: 'count' },
  values: {
    due: nullablePatternColumn((row: Row) => row.due, /^\d{4}-\d{2}-\d{2}$/, '-'),
    state: oneOfColumn((row: Row) => row.state, STATES),
    count: countColumn((row: Row) => row.count),
  },
});

const row = fc.record({
  id: fc.uuid(),
  due: fc.constantFrom(null, '2026-01-05', '2026-02-10', '2026-03-01'),
  state: fc.constantFrom(...STATES),
  count: fc.integer({ min: 0, max: 3 }),
});
const rows = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 30 });
const refused = { fields: [{ path: '/cursor', code: 'invalid_cursor' }] };
const id = '0195f0c4-7a00-7000-8000-000000000001';

describe('defineKeysetSort (ADR 0114)', () => {
  it('maps each sort to its column and direction, the default when none is given', () => {
    expect(rowSort.order(undefined)).toEqual({ column: 'id', direction: 'desc' });
    expect(rowSort.order('due_asc')).toEqual({ column: 'due', direction: 'asc' });
    expect(rowSort.order('count_desc')).toEqual({ column: 'count', direction: 'desc' });
  });

  it('writes the bare id in an order by id and value_id in the others, and reads back what it wrote', () => {
    fc.assert(fc.property(row, fc.constantFrom(...SORTS), (given, sort) => {
      const cursor = rowSort.encode(sort, given);
      const order = rowSort.order(sort);
      if (order.column === 'id') expect(cursor).toBe(given.id);
      else expect(cursor).toBe(`${order.column === 'due' ? given.due ?? '-' : given[order.column]}_${given.id}`);
      expect(rowSort.decode(sort, cursor)).toEqual({ value: rowSort.value(given, order), id: given.id });
    }));
    // A value that holds `_` is split at the last one: ids never hold it.
    expect(rowSort.decode('state_asc', `in_progress_${id}`)).toEqual({ value: 'in_progress', id });
    expect(rowSort.decode('due_desc', `-_${id}`)).toEqual({ value: null, id });
    expect(rowSort.decode('count_asc', `12_${id}`)).toEqual({ value: 12, id });
  });

  it('refuses a cursor it did not issue for that order, naming /cursor', () => {
    const foreign: [(typeof SORTS)[number], string][] = [
      ['due_asc', id], // an id-order cursor in a value order
      ['made_desc', `2026-01-05_${id}`], // a value cursor in the id order
      ['state_asc', `2026-01-05_${id}`], // another order's value
      ['due_asc', `open_${id}`],
      ['count_asc', `-_${id}`], // no "missing" in a column that is never null
      ['state_desc', `closed_${id}`], // not one of the values
      ['count_desc', `1234567_${id}`], // more than six digits
      ['due_asc', '2026-01-05_'], // no id
      ['due_asc', '2026-01-05_a b'], // not an id
      ['made_asc', ''],
      ['made_asc', 'x'.repeat(65)],
      ['due_asc', `2026-1-5_${id}`],
    ];
    for (const [sort, cursor] of foreign) {
      expect(() => rowSort.decode(sort, cursor), `${sort} ${cursor}`).toThrow(expect.objectContaining(refused));
    }
  });

  it('puts missing values last in both directions and breaks ties by id in the order’s direction', () => {
    const given: Row[] = [
      { id: 'a', due: null, state: 'open', count: 0 },
      { id: 'b', due: '2026-02-10', state: 'open', count: 0 },
      { id: 'c', due: null, state: 'open', count: 0 },
      { id: 'd', due: '2026-01-05', state: 'open', count: 0 },
      { id: 'e', due: '2026-02-10', state: 'open', count: 0 },
    ];
    expect([...given].sort(rowSort.compare('due_asc')).map((r) => r.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
    expect([...given].sort(rowSort.compare('due_desc')).map((r) => r.id)).toEqual(['e', 'b', 'd', 'c', 'a']);
    // Counts compare as numbers, not as text.
    const counts = [2, 10, 1].map((count, index) => ({ id: String(index), due: null, state: 'open' as const, count }));
    expect([...counts].sort(rowSort.compare('count_asc')).map((r) => r.count)).toEqual([1, 2, 10]);
  });

  it('pages every order by keyset at any depth: each row once, in one total order', () => {
    fc.assert(fc.property(rows, fc.constantFrom(...SORTS), fc.integer({ min: 1, max: 9 }), (given, sort, limit) => {
      const sorted = [...given].sort(rowSort.compare(sort));
      expect([...given].reverse().sort(rowSort.compare(sort))).toEqual(sorted);
      const seen: Row[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 100; pages += 1) {
        const after = cursor === undefined ? undefined : rowSort.decode(sort, cursor);
        const rest = sorted.filter((r) => !after || rowSort.isAfter(sort, after, r));
        seen.push(...rest.slice(0, limit));
        const last = rest[limit - 1];
        if (rest.length <= limit || !last) break;
        cursor = rowSort.encode(sort, last);
      }
      expect(seen).toEqual(sorted);
    }));
  });
});

describe('defineListSort (ADR 0114)', () => {
  interface Entry { readonly unit: { readonly id: string; readonly name: string }; readonly seen: string | null }
  let reads = 0;
  const entrySort = defineListSort({
    sorts: ['name_asc', 'name_desc', 'seen_desc', 'seen_asc'] as const,
    defaultSort: 'name_asc',
    columns: {
      name: { read: (entry: Entry) => { reads += 1; return entry.unit.name; }, cached: true },
      seen: { read: (entry: Entry) => entry.seen },
    },
    idOf: (entry) => entry.unit.id,
  });
  const entries: Entry[] = [
    { unit: { id: 'u3', name: 'b' }, seen: null },
    { unit: { id: 'u1', name: 'a' }, seen: '2026-01-05' },
    { unit: { id: 'u2', name: 'b' }, seen: '2026-02-10' },
    { unit: { id: 'u4', name: 'a' }, seen: null },
  ];

  it('sorts by the default, reads a cached column once per row, and breaks ties by the id it is given', () => {
    reads = 0;
    expect([...entries].sort(entrySort.compare()).map((e) => e.unit.id)).toEqual(['u1', 'u4', 'u2', 'u3']);
    expect(reads).toBe(entries.length);
    expect([...entries].sort(entrySort.compare('name_desc')).map((e) => e.unit.id)).toEqual(['u3', 'u2', 'u4', 'u1']);
  });

  it('puts missing values last in both directions', () => {
    expect([...entries].sort(entrySort.compare('seen_desc')).map((e) => e.unit.id)).toEqual(['u2', 'u1', 'u4', 'u3']);
    expect([...entries].sort(entrySort.compare('seen_asc')).map((e) => e.unit.id)).toEqual(['u1', 'u2', 'u3', 'u4']);
  });
});
