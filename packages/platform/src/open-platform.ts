import {
  createLocalPhotoFiles,
  createRandomTokenIssuer,
  createScryptPasswordHasher,
  createSharpImageInspector,
  createSystemIds,
  sha256Hasher,
  systemClock,
  xlsxTaskTableExporter,
} from '@safegrid/adapters';
import {
  createCachedGridLocators,
  createInProcessChangeFeed,
  DEFAULT_HAZARD_TIME_POLICY,
  installBuiltInChecklists,
  type ChangeFeed,
  type Clock,
  type CoreDeps,
  type PasswordHasher,
} from '@safegrid/core';
import { createPostgresChangeFeed, createStores, inTransaction, migrateToLatest, openDatabase, type SafeGridDatabase } from '@safegrid/storage';
import { sql } from 'kysely';
import type { Config } from './config.js';
import { createPlatformMetrics, type PlatformMetrics } from './metrics.js';
import { readVersion } from './version.js';

/** What the transports (HTTP server, worker, CLI) are handed: the core deps and the settings. */
export interface PlatformServices {
  readonly deps: CoreDeps;
  readonly config: Config;
  readonly version: string;
  /** Answers the database kind once it has run a trivial query. */
  readonly checkDatabase: () => Promise<'sqlite' | 'postgres'>;
  /** Prometheus metrics of this process (served at /metrics when SAFEGRID_METRICS_TOKEN is set). */
  readonly metrics: PlatformMetrics;
}

/** An open database with the core deps over it: what the server, the worker, the CLI and benchmarks run on. */
export interface Platform {
  readonly database: SafeGridDatabase;
  readonly deps: CoreDeps;
  readonly services: PlatformServices;
  close(): Promise<void>;
}

export interface OpenPlatformOptions {
  readonly clock?: Clock;
  readonly passwords?: PasswordHasher;
  /** Apply pending migrations first (default true). */
  readonly migrate?: boolean;
  /**
   * Where committed changes are announced. Default: on PostgreSQL every process on the database
   * (LISTEN/NOTIFY, ADR 0059); on SQLite this process only.
   */
  readonly changes?: ChangeFeed;
  /** Told about trouble of the shared change feed (a lost LISTEN connection); it reconnects by itself. */
  readonly onChangeFeedError?: (error: Error) => void;
}

/** Composes everything from a database: stores, adapters, the clock. The one place dependencies are wired. */
export function composeDeps(database: SafeGridDatabase, config: Config, options: OpenPlatformOptions = {}): CoreDeps {
  const clock = options.clock ?? systemClock;
  const stores = createStores(database.db, database.dialect);
  return {
    ...stores,
    clock,
    ids: createSystemIds(clock),
    gridLocators: createCachedGridLocators(stores.regions),
    hazardTimePolicy: DEFAULT_HAZARD_TIME_POLICY,
    passwords: options.passwords ?? createScryptPasswordHasher(),
    tokens: createRandomTokenIssuer(),
    images: createSharpImageInspector(),
    photoFiles: createLocalPhotoFiles(config.photoDir),
    hasher: sha256Hasher,
    taskTableExporter: xlsxTaskTableExporter,
    limits: { photoMaxBytes: config.photoMaxBytes, sessionHours: config.sessionHours },
    loginSettings: {
      attemptsPerMinute: config.loginAttemptsPerMinute,
      lockoutFailures: config.loginLockoutFailures,
      lockoutMinutes: config.loginLockoutMinutes,
    },
    changes: options.changes ?? createInProcessChangeFeed(),
    inTransaction: inTransaction(database.db, database.dialect),
  };
}

/** The services over composed deps; tests build theirs over a throwaway database the same way. */
export function platformServices(database: SafeGridDatabase, deps: CoreDeps, config: Config, version = readVersion()): PlatformServices {
  return {
    deps,
    config,
    version,
    checkDatabase: async () => {
      await sql`select 1`.execute(database.db);
      return database.dialect;
    },
    metrics: platformMetrics(deps, config, version),
  };
}

/** This process's metrics, with the job queue depth read from the jobs table when scraped. */
function platformMetrics(deps: CoreDeps, config: Config, version: string): PlatformMetrics {
  const metrics = createPlatformMetrics({ version, processMetrics: config.metricsToken !== null });
  metrics.registerJobQueueDepth(() => deps.jobs.countByState());
  return metrics;
}

/** Opens (and by default migrates) the configured database and composes the platform over it. */
export async function openPlatform(config: Config, options: OpenPlatformOptions = {}): Promise<Platform> {
  const database = openDatabase(config.databaseUrl, { poolSize: config.dbPoolSize, statementTimeoutMs: config.dbStatementTimeoutMs });
  if (options.migrate ?? true) await migrateToLatest(database);
  const sharedFeed = !options.changes && database.dialect === 'postgres'
    ? createPostgresChangeFeed({ connectionString: config.databaseUrl, db: database.db, ...(options.onChangeFeedError ? { onError: options.onChangeFeedError } : {}) })
    : null;
  const deps = composeDeps(database, config, sharedFeed ? { ...options, changes: sharedFeed } : options);
  // Built-in checklist versions are data the code ships with: written once, never changed.
  if (options.migrate ?? true) await installBuiltInChecklists(deps);
  return {
    database,
    deps,
    services: platformServices(database, deps, config),
    close: async () => {
      await sharedFeed?.close();
      await database.close();
    },
  };
}
