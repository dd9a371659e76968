import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import { withStatementCache } from './sqlite-statement-cache.js';

export interface SqliteOptions {
  /** A file path, or ':memory:'. */
  readonly filename: string;
}

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
  database.pragma('cache_size = -65536');
  // Lets SQLite refresh planner statistics that are missing or stale, cheaply, at open.
  database.pragma('optimize = 0x10002');
  return { dialect: new SqliteDialect({ database: withStatementCache(database) }), close: () => database.close() };
}
