/** A page of a list; `nextCursor` is opaque and absent on the last page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

/**
 * The longest cursor a list accepts. Keyset cursors carry the sort key of the last row: for units
 * sorted by name that is the pinyin spelling plus the name (up to 100 characters), so a cursor of
 * a long name runs to about 1,400 characters. The store tests page past the longest name.
 */
export const MAX_CURSOR_LENGTH = 2048;

/**
 * How many rows a list holds for the caller's scope and filters. Counts stop at `COUNT_CAP` so a
 * count never reads more than that many index entries (ADR 0090): `capped` then says "more than".
 */
export interface ListCount {
  readonly total: number;
  readonly capped: boolean;
}

export const COUNT_CAP = 10_000;

/** The count of `seen` matches when at most `cap + 1` were read. */
export function cappedCount(seen: number, cap: number = COUNT_CAP): ListCount {
  return seen > cap ? { total: cap, capped: true } : { total: seen, capped: false };
}
