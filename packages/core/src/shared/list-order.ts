import { pinyin } from 'pinyin-pro';
import { invalidInput } from './domain-error.js';

/**
 * A sort key that orders Chinese names by pinyin (安全 < 湖塘 < 张三), then by the characters
 * themselves so that homophones stay grouped and the order is total. The unit registry stores it
 * (`units.name_sort`); the lists sorted in memory compare it, so every list orders names alike.
 */
export function nameSortKey(name: string): string {
  const spelled = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').toLowerCase();
  return `${spelled}\u0001${name}`;
}

/** Plain code-unit order, what SQL's byte-wise comparison of ASCII keys means (and numbers by value). */
export function comparePlain<T extends string | number>(x: T, y: T): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A compare of nullable values where a missing value comes after every present one, whichever the
 * direction (as the hazard list's deadlines, ADR 0091); 0 when both are equal or both missing.
 */
export function compareNullsLast<T>(left: T | null, right: T | null, direction: 'asc' | 'desc', compare: (x: T, y: T) => number): number {
  if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
  return (direction === 'asc' ? 1 : -1) * compare(left, right);
}

const OFFSET = /^\d{1,9}$/;

/**
 * The cursor of a list sorted in memory and paged by offset (ADR 0108): the default order keeps
 * the bare offset it always had, so old links stay valid; any other order writes `sort:offset`.
 */
export function encodeOffsetCursor<S extends string>(sort: S, defaultSort: S, offset: number): string {
  return sort === defaultSort ? String(offset) : `${sort}:${offset}`;
}

/** The offset of a cursor issued for `sort`; a cursor of another order (or none of ours) is refused naming `/cursor`. */
export function decodeOffsetCursor<S extends string>(sort: S, defaultSort: S, cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const prefix = sort === defaultSort ? '' : `${sort}:`;
  const offset = cursor.startsWith(prefix) ? cursor.slice(prefix.length) : '';
  if (!OFFSET.test(offset)) throw invalidInput([{ path: '/cursor', code: 'invalid_cursor' }]);
  return Number(offset);
}

/** One page of rows already in order, by offset cursor for `sort`. */
export function pageInMemory<T, S extends string>(rows: readonly T[], sort: S, defaultSort: S, page: { readonly limit: number; readonly cursor?: string | undefined }) {
  const offset = decodeOffsetCursor(sort, defaultSort, page.cursor);
  const end = offset + page.limit;
  return { items: rows.slice(offset, end), nextCursor: end < rows.length ? encodeOffsetCursor(sort, defaultSort, end) : null };
}
