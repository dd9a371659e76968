import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** How many distinct SQL texts keep their prepared statement; the least recently used goes first. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely's SQLite driver sees it, with prepared statements reused by SQL text.
 * Kysely prepares every query anew, and SQLite's parse and plan of even a primary-key lookup cost
 * more than running it. A statement only holds its compiled program: parameters are bound per
 * call, and SQLite re-prepares it by itself when the schema changes. A statement still iterating
 * (a stream) is busy and is never handed out twice: a fresh one is prepared instead.
 */
export function withStatementCache(database: BetterSqlite3Database, capacity = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        // Map keeps insertion order: re-inserting marks it the most recently used.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        statements.set(sql, statement);
        if (statements.size > capacity) statements.delete(statements.keys().next().value as string);
      }
      return statement;
    },
  };
}
