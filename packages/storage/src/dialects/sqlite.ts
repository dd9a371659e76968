import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type SqliteDatabase } from 'kysely';

export interface SqliteOptions {
  /** A file path, or ':memory:'. */
  readonly filename: string;
}

/**
 * The embedded database. WAL lets readers run beside the one writer; synchronous=FULL makes every
 * acknowledged commit durable even across power loss; foreign keys are enforced.
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

/** Statements kept prepared, most recently used last; more distinct SQL texts than this are rare. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew — on a hazard create about a sixth of the time.
 * The same SQL text gets the same prepared statement back (least recently used ones are dropped).
 * Safe because the driver runs one statement to completion at a time (`all` or `run`; nothing
 * here streams) and SQLite re-prepares a statement by itself after a schema change.
 */
function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
