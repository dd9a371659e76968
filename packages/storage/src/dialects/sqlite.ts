import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import { withStatementCache } from './sqlite-statement-cache.js';

export interface SqliteOptions {
  /** A file path, or ':memory:'. */
  readonly filename: string;
  /** The connection's page cache in MiB (default 16, ADR 0080). */
  readonly cacheMiB?: number;
}

/** Page cache of the connection when not configured: the hot index pages of a district fit; the OS page cache holds the rest. */
export const DEFAULT_SQLITE_CACHE_MIB = 16;

/**
 * The embedded database. WAL lets readers run beside the one writer; synchronous=FULL makes every
 * acknowledged commit durable even across power loss; foreign keys are enforced. Prepared
 * statements are reused by SQL text (`sqlite-statement-cache.ts`).
 */
export function createSqliteDialect(options: SqliteOptions): { dialect: SqliteDialect; close: () => void } {
  if (options.filename !== ':memory:') mkdirSync(dirname(options.filename), { recursive: true });
  const database = new BetterSqlite3(options.filename);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Negative: KiB, not pages. The page cache is the process's largest native allocation (ADR 0080).
  database.pragma(`cache_size = -${Math.round((options.cacheMiB ?? DEFAULT_SQLITE_CACHE_MIB) * 1024)}`);
  // No memory-mapped reads: mapped pages would count in the server's resident memory (the default, stated).
  database.pragma('mmap_size = 0');
  // Lets SQLite refresh planner statistics that are missing or stale, cheaply, at open.
  database.pragma('optimize = 0x10002');
  return { dialect: new SqliteDialect({ database: withStatementCache(database) }), close: () => database.close() };
}
