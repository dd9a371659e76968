import { invalidInput } from './domain-error.js';
import { compareNullsLast, comparePlain } from './list-order.js';

/**
 * One definition of a sortable list's orders (ADR 0114). A list names its sorts `prefix_direction`
 * (`deadline_asc`), a default, and for each prefix the column it orders by; every order breaks ties
 * by id in its own direction, and a missing value (null) comes after every present one in both
 * directions (ADR 0091). `defineListSort` gives the comparator of a list sorted in memory;
 * `defineKeysetSort` adds the cursor of a list paged by keyset in SQL, whose wire format is
 * `value_id`, or the bare id for the orders by id alone (the format every list issued before it
 * could sort, so old links stay valid).
 */

export type SortDirection = 'asc' | 'desc';

/** The column part of a sort's name: `deadline` for `deadline_asc`. */
export type SortPrefix<S extends string> = S extends `${infer P}_${SortDirection}` ? P : never;

export type SortValue = string | number | null;

export interface SortOrder<C extends string> {
  readonly column: C;
  readonly direction: SortDirection;
}

/** Where a page ended: the last row's sort value (the id itself in an order by id) and its id. */
export interface SortPosition<V extends SortValue> {
  readonly value: V;
  readonly id: string;
}

/** How a list reads one column of a row. */
export interface SortColumn<Row, V extends SortValue> {
  readonly read: (row: Row) => V;
  /** Read each row once per comparator (a pinyin key is dear to compute, a sort asks for it log n times). */
  readonly cached?: boolean;
}

/** A column a keyset cursor may carry: how its value is read and how a cursor's text is taken back. */
export interface KeysetColumn<Row, V extends SortValue> extends SortColumn<Row, V> {
  /** The value a cursor's text stands for; undefined when no value of this column is written so. */
  readonly parse: (text: string) => V | undefined;
  /** How a cursor writes a missing value (only columns that may be null have one). */
  readonly empty?: string;
}

/** A column of values from a fixed list (statuses, levels); a cursor must name one of them. */
export function oneOfColumn<Row, V extends string>(read: (row: Row) => V, values: readonly V[]): KeysetColumn<Row, V> {
  return { read, parse: (text) => values.find((value) => value === text) };
}

/** A column that may be empty: a cursor writes a missing value as `empty` (`-`), which sorts last. */
export function nullablePatternColumn<Row>(read: (row: Row) => string | null, pattern: RegExp, empty: string): KeysetColumn<Row, string | null> {
  return { read, empty, parse: (text) => (text === empty ? null : pattern.test(text) ? text : undefined) };
}

/** A count (hazards found, attempts): at most six digits in a cursor. */
export function countColumn<Row>(read: (row: Row) => number): KeysetColumn<Row, number> {
  return { read, parse: (text) => (COUNT.test(text) ? Number(text) : undefined) };
}

const ID = /^[0-9A-Za-z-]{1,64}$/;
const COUNT = /^\d{1,6}$/;

/** The row type the columns read (each column's reader takes the same row). */
type RowOf<Columns> = Columns[keyof Columns] extends { readonly read: (row: infer R) => unknown } ? R : never;
type ValueOf<Columns> = Columns[keyof Columns] extends { readonly read: (row: never) => infer V extends SortValue } ? V : never;

function splitSort<S extends string>(sort: S): { prefix: SortPrefix<S>; direction: SortDirection } {
  const split = sort.lastIndexOf('_');
  return { prefix: sort.slice(0, split) as SortPrefix<S>, direction: sort.slice(split + 1) as SortDirection };
}

/** Two positions in an order: by value, nulls last in both directions, then by id the same way. */
function comparePositions<V extends SortValue>(direction: SortDirection): (a: SortPosition<V>, b: SortPosition<V>) => number {
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => compareNullsLast<string | number>(a.value, b.value, direction, comparePlain) || sign * comparePlain(a.id, b.id);
}

/** A comparator over rows, reading `column` once per row when it is cached. */
function compareRows<Row, V extends SortValue>(column: SortColumn<Row, V>, idOf: (row: Row) => string, direction: SortDirection): (a: Row, b: Row) => number {
  const compare = comparePositions<V>(direction);
  const cache = new Map<string, V>();
  const read = (row: Row): V => {
    if (!column.cached) return column.read(row);
    const id = idOf(row);
    if (!cache.has(id)) cache.set(id, column.read(row));
    return cache.get(id) as V;
  };
  return (a, b) => compare({ value: read(a), id: idOf(a) }, { value: read(b), id: idOf(b) });
}

/** The comparator of a list sorted in memory, for each of its sorts (the default when none is given). */
export function defineListSort<S extends `${string}_${SortDirection}`, Columns extends { readonly [P in SortPrefix<S>]: SortColumn<never, SortValue> }>(definition: {
  readonly sorts: readonly S[];
  readonly defaultSort: S;
  /** How each sort prefix's column is read. */
  readonly columns: Columns;
  /** The id that breaks ties (a row's own, or its unit's). */
  readonly idOf: (row: RowOf<Columns>) => string;
}): { compare: (sort?: S) => (a: RowOf<Columns>, b: RowOf<Columns>) => number } {
  return {
    compare(sort = definition.defaultSort) {
      const { prefix, direction } = splitSort(sort);
      const column = definition.columns[prefix] as unknown as SortColumn<RowOf<Columns>, SortValue>;
      return compareRows(column, definition.idOf, direction);
    },
  };
}

/**
 * The orders, cursors and comparator of a list paged by keyset. `columns` maps each sort prefix to
 * the column it orders by (the name storage's query uses), or to `id` for an order by id alone;
 * `values` says how each other column is read and written in a cursor.
 */
export function defineKeysetSort<
  S extends `${string}_${SortDirection}`,
  Values extends Readonly<Record<string, KeysetColumn<never, SortValue>>>,
  C extends 'id' | (keyof Values & string),
>(definition: {
  readonly sorts: readonly S[];
  readonly defaultSort: S;
  readonly columns: { readonly [P in SortPrefix<S>]: C };
  readonly values: Values;
}) {
  type Row = RowOf<Values> & { readonly id: string };
  type Position = SortPosition<ValueOf<Values> | string>;
  const refuse = () => invalidInput([{ path: '/cursor', code: 'invalid_cursor' }]);
  const columnOf = (name: C): KeysetColumn<Row, ValueOf<Values>> | undefined =>
    name === 'id' ? undefined : (definition.values[name] as unknown as KeysetColumn<Row, ValueOf<Values>>);

  function order(sort: S | undefined): SortOrder<C> {
    const { prefix, direction } = splitSort(sort ?? definition.defaultSort);
    return { column: definition.columns[prefix], direction };
  }

  /** The sort value of a row in an order's column (the id itself in an order by id). */
  function value(row: Row, sortOrder: SortOrder<C>): ValueOf<Values> | string {
    const column = columnOf(sortOrder.column);
    return column ? column.read(row) : row.id;
  }

  /** The cursor after `row`: the bare id in an order by id, else `value_id`. */
  function encode(sort: S | undefined, row: Row): string {
    const column = columnOf(order(sort).column);
    if (!column) return row.id;
    return `${column.read(row) ?? column.empty}_${row.id}`;
  }

  /**
   * A client's cursor for `sort`; one the list did not issue for that order is refused, naming the
   * field. A value may hold `_` (`in_progress`) and an id never does, so the id follows the last `_`.
   */
  function decode(sort: S | undefined, cursor: string): Position {
    const column = columnOf(order(sort).column);
    if (!column) {
      if (!ID.test(cursor)) throw refuse();
      return { value: cursor, id: cursor };
    }
    const split = cursor.lastIndexOf('_');
    const id = cursor.slice(split + 1);
    const parsed = split < 0 || !ID.test(id) ? undefined : column.parse(cursor.slice(0, split));
    if (parsed === undefined) throw refuse();
    return { value: parsed, id };
  }

  /** The list's order as a comparator: what the SQL's ORDER BY means, for the fakes and the tests. */
  function compare(sort: S | undefined): (a: Row, b: Row) => number {
    const sortOrder = order(sort);
    return compareRows({ read: (row: Row) => value(row, sortOrder) }, (row) => row.id, sortOrder.direction);
  }

  /** Whether `row` comes after the cursor's position in the order (the next page's rows). */
  function isAfter(sort: S | undefined, position: Position, row: Row): boolean {
    const sortOrder = order(sort);
    return comparePositions<SortValue>(sortOrder.direction)(position, { value: value(row, sortOrder), id: row.id }) < 0;
  }

  return { order, value, encode, decode, compare, isAfter };
}
