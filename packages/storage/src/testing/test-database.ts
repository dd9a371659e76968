import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { migrateToLatest, migrateUpTo, openDatabase, type DialectName, type SafeGridDatabase } from '../database.js';

/**
 * The dialects store tests run on: `DB_DIALECTS=sqlite,postgres` (CI sets both). PostgreSQL tests
 * use a fresh database created through SAFEGRID_TEST_POSTGRES_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), named SAFEGRID_TEST_DATABASE_PREFIX + random hex.
 * DB_DIALECTS may also list `memory` (the in-memory fakes, test-stores.ts); SQL-only suites skip it.
 */
export function testDialects(): DialectName[] {
  const names = (process.env.DB_DIALECTS ?? 'sqlite').split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) if (name !== 'sqlite' && name !== 'postgres' && name !== 'memory') throw new Error(`DB_DIALECTS: unknown dialect "${name}"`);
  return names.filter((name): name is DialectName => name !== 'memory');
}

const POSTGRES_ADMIN_URL = process.env.SAFEGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Names of throwaway databases start with this; CI sets its own so it can drop exactly its leftovers. */
const DATABASE_PREFIX = process.env.SAFEGRID_TEST_DATABASE_PREFIX ?? 'safegrid_test_';
if (!/^[a-z_][a-z0-9_]{0,40}$/.test(DATABASE_PREFIX)) throw new Error('SAFEGRID_TEST_DATABASE_PREFIX: lower-case letters, digits and _ only');

export interface TestDatabase extends SafeGridDatabase {
  /** Where another connection or process opens the same database (SAFEGRID_DATABASE_URL). */
  readonly url: string;
  /** Closes and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Migrate only up to this migration (upgrade tests); default: all. */
  readonly migrateUpTo?: string;
  /** SQLite: a file in a temporary folder instead of memory, so other connections and processes can open it. */
  readonly onDisk?: boolean;
}

/** A new, migrated, empty database of the dialect: in-memory SQLite or a throwaway PostgreSQL database. */
export async function openTestDatabase(dialect: DialectName, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const migrate = (database: SafeGridDatabase) => (options.migrateUpTo ? migrateUpTo(database, options.migrateUpTo) : migrateToLatest(database));
  if (dialect === 'sqlite' && options.onDisk) {
    const folder = mkdtempSync(join(tmpdir(), 'safegrid-test-db-'));
    const url = `sqlite:${join(folder, 'safegrid.db')}`;
    const database = openDatabase(url);
    await migrate(database);
    return {
      ...database,
      url,
      async dispose() {
        await database.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  if (dialect === 'sqlite') {
    const database = openDatabase('sqlite::memory:');
    await migrate(database);
    return { ...database, url: 'sqlite::memory:', dispose: () => database.close() };
  }
  const name = `${DATABASE_PREFIX}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString(), { poolSize: 4 });
  await migrate(database);
  return {
    ...database,
    url: url.toString(),
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** Runs a suite once per dialect in DB_DIALECTS, naming the dialect in the suite title. */
export function describeEachDialect(title: string, suite: (dialect: DialectName) => void): void {
  for (const dialect of testDialects()) describe(`${title} [${dialect}]`, () => suite(dialect));
}
