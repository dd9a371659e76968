import { CamelCasePlugin, Kysely, sql } from 'kysely';
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely/migration';
import type { Database } from './database-schema.js';
import { createPostgresDialect } from './dialects/postgres.js';
import { createSqliteDialect } from './dialects/sqlite.js';
import { migrationContextFor } from './migrations/migration-context.js';
import { MIGRATIONS } from './migrations/index.js';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely instance, which dialect it speaks, and how to close it. */
export interface SafeGridDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL: connections in the pool (default 10). */
  readonly poolSize?: number;
  /** PostgreSQL: statement_timeout of every connection in milliseconds (default 30,000). */
  readonly statementTimeoutMs?: number;
  /** PostgreSQL: told when an idle pooled connection fails; the pool replaces it. */
  readonly onIdleError?: (error: Error) => void;
  /** SQLite: the connection's page cache in MiB (default 16, ADR 0080). */
  readonly sqliteCacheMiB?: number;
}

/**
 * Opens `sqlite:<path>` (or `sqlite::memory:`) or `postgres://…`. Refuses any other scheme,
 * naming the setting.
 */
export function openDatabase(url: string, options: OpenDatabaseOptions = {}): SafeGridDatabase {
  const plugins = [new CamelCasePlugin()];
  if (url.startsWith('sqlite:')) {
    const { dialect, close } = createSqliteDialect({ filename: url.slice('sqlite:'.length) || ':memory:', ...(options.sqliteCacheMiB === undefined ? {} : { cacheMiB: options.sqliteCacheMiB }) });
    const db = new Kysely<Database>({ dialect, plugins });
    return {
      db,
      dialect: 'sqlite',
      close: async () => {
        await db.destroy().catch(() => undefined);
        close();
      },
    };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { dialect } = createPostgresDialect({ connectionString: url, ...options });
    const db = new Kysely<Database>({ dialect, plugins });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  throw new Error('SAFEGRID_DATABASE_URL must start with sqlite: or postgres://');
}

/** Applies every migration not yet applied, in order. Throws with the failing migration's name. */
export async function migrateToLatest(database: SafeGridDatabase): Promise<MigrationResultSet> {
  return runMigrations(database, (migrator) => migrator.migrateToLatest());
}

/** Applies migrations up to and including `name` (upgrade tests start from an older schema). */
export async function migrateUpTo(database: SafeGridDatabase, name: string): Promise<MigrationResultSet> {
  return runMigrations(database, (migrator) => migrator.migrateTo(name));
}

async function runMigrations(database: SafeGridDatabase, run: (migrator: Migrator) => Promise<MigrationResultSet>): Promise<MigrationResultSet> {
  const context = migrationContextFor(database.dialect);
  const provider: MigrationProvider = {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const migration of MIGRATIONS) {
        migrations[migration.name] = { up: (db) => migration.up(db, context) };
      }
      return migrations;
    },
  };
  // The migrator's bookkeeping tables are created without the camel-case plugin, as Kysely expects.
  const plainDb = database.db.withoutPlugins();
  const result = await run(new Migrator({ db: plainDb, provider }));
  if (result.error) {
    const failed = result.results?.find((entry) => entry.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}

/**
 * Refreshes the query planner's statistics; run after bulk loads. Without them SQLite may pick
 * the district index over a far more selective grid index.
 */
export async function analyzeDatabase(database: SafeGridDatabase): Promise<void> {
  await sql`analyze`.execute(database.db);
}

/** Names of the migrations already applied, oldest first. */
export async function appliedMigrations(database: SafeGridDatabase): Promise<string[]> {
  const plainDb = database.db.withoutPlugins();
  const migrator = new Migrator({ db: plainDb, provider: { getMigrations: async () => ({}) } });
  const infos = await migrator.getMigrations().catch(() => []);
  return infos.filter((info) => info.executedAt).map((info) => info.name);
}
