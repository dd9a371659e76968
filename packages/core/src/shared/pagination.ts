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
