/** Dialect differences in values, in one place: timestamps, JSON, counts. */

/** ISO-8601 UTC text from a SQLite string or a PostgreSQL Date. */
export function toIso(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

export function toIsoOrNull(value: string | Date | null): string | null {
  return value === null ? null : toIso(value);
}

/** Parsed JSON from SQLite text or PostgreSQL jsonb. */
export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function writeJson(value: unknown): string {
  return JSON.stringify(value);
}

export function writeJsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** PostgreSQL returns count(*) as text. */
export function toCount(value: number | string | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** A LIKE pattern matching `fragment` anywhere, with LIKE's wildcards escaped (use ESCAPE '\'). */
export function containsPattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
