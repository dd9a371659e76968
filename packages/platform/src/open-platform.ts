import {
  createHttpSenders,
  createLocalPhotoFiles,
  createLoggingSmsSender,
  createAesGcmSecretBox,
  createOtpauthTotp, createRandomTokenIssuer,
  createScryptPasswordHasher,
  createSharpImageInspector,
  createSmtpMailer,
  createSystemIds,
  nationalCalendarDays,
  importSpreadsheetFiles,
  sha256Hasher,
  systemClock,
  tableFileWriter,
  pdfDocumentRenderer,
  campaignReportFiles,
  leadershipReportFiles,
  xlsxTaskTableExporter,
} from '@safegrid/adapters';
import {
  createCachedGridLocators,
  createCachedStatsStore,
  createCachedRegionNames,
  createInProcessChangeFeed,
  createWorkingCalendars,
  installNationalCalendar,
  DEFAULT_HAZARD_TIME_POLICY,
  installBuiltInChecklists,
  sealPlainTotpSecrets,
  NO_NOTIFICATION_SENDERS,
  type ChangeFeed,
  type Clock,
  type CoreDeps,
  type NotificationSenders,
  type PasswordHasher,
  type SpreadsheetFiles,
  type TableFileWriter,
  type DocumentServices,
  type CampaignReportFiles,
} from '@safegrid/core';
import { createPostgresChangeFeed, createStores, inTransaction, migrateToLatest, openDatabase, type SafeGridDatabase } from '@safegrid/storage';
import { sql } from 'kysely';
import type { Config } from './config.js';
import { createPlatformMetrics, type PlatformMetrics } from './metrics.js';
import { serverReadOnlyKeys, serverSecretKey } from './secret-key.js';
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
  /** 台账导入's files: reading uploads, the template and the marked report. */
  readonly spreadsheets: SpreadsheetFiles;
  /** Writes exported lists as xlsx or CSV, streamed (ADR 0068). */
  readonly tableFiles: TableFileWriter;
  /** Renders 执法文书 as PDF with the configured names (ADR 0069). */
  readonly documents: DocumentServices;
  /** The campaign report as PDF and xlsx. */
  readonly campaignReports: CampaignReportFiles;
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
  const changes = options.changes ?? createInProcessChangeFeed();
  return {
    ...stores,
    // Dashboard counts kept per scope and day until a hazard change of the district (ADR 0111).
    stats: createCachedStatsStore(stores.stats, changes, clock),
    regions: createCachedRegionNames(stores.regions, clock),
    clock,
    ids: createSystemIds(clock),
    gridLocators: createCachedGridLocators(stores.regions),
    hazardTimePolicy: DEFAULT_HAZARD_TIME_POLICY,
    workingCalendars: createWorkingCalendars(),
    passwords: options.passwords ?? createScryptPasswordHasher(),
    tokens: createRandomTokenIssuer(),
    totp: createOtpauthTotp(),
    secrets: createAesGcmSecretBox(serverSecretKey(config), serverReadOnlyKeys(config)),
    images: createSharpImageInspector(),
    photoFiles: createLocalPhotoFiles(config.photoDir),
    hasher: sha256Hasher,
    taskTableExporter: xlsxTaskTableExporter,
    reportFiles: leadershipReportFiles,
    limits: { photoMaxBytes: config.photoMaxBytes, sessionHours: config.sessionHours },
    loginSettings: {
      attemptsPerMinute: config.loginAttemptsPerMinute,
      lockoutFailures: config.loginLockoutFailures,
      lockoutMinutes: config.loginLockoutMinutes,
    },
    publicReportSettings: config.publicReports,
    changes,
    notificationSenders: notificationSenders(config),
    publicUrl: config.notifications.publicUrl,
    inTransaction: inTransaction(database.db, database.dialect),
  };
}

/** The outside channels: robots and webhooks over HTTP, mail over the configured SMTP server, SMS to the log. */
function notificationSenders(config: Config): NotificationSenders {
  const { smtpUrl, mailFrom } = config.notifications;
  const mailer = smtpUrl ? createSmtpMailer({ url: smtpUrl, from: mailFrom }) : null;
  return {
    mailConfigured: mailer !== null,
    ...createHttpSenders(),
    email: mailer ? mailer.email : NO_NOTIFICATION_SENDERS.email,
    ...createLoggingSmsSender((line) => process.stdout.write(`${line}\n`)),
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
    spreadsheets: importSpreadsheetFiles,
    tableFiles: tableFileWriter,
    documents: { renderer: pdfDocumentRenderer, settings: config.documents },
    campaignReports: campaignReportFiles,
  };
}

/** This process's metrics, with the job queue depth read from the jobs table when scraped. */
function platformMetrics(deps: CoreDeps, config: Config, version: string): PlatformMetrics {
  const metrics = createPlatformMetrics({ version, processMetrics: config.metricsToken !== null });
  metrics.registerJobQueueDepth(() => deps.jobs.countByState());
  return metrics;
}

/** How often each process reloads the working calendars, for edits made through another process. */
const CALENDAR_REFRESH_MS = 60_000;

/** Opens (and by default migrates) the configured database and composes the platform over it. */
export async function openPlatform(config: Config, options: OpenPlatformOptions = {}): Promise<Platform> {
  const database = openDatabase(config.databaseUrl, { poolSize: config.dbPoolSize, statementTimeoutMs: config.dbStatementTimeoutMs, sqliteCacheMiB: config.sqliteCacheMiB });
  if (options.migrate ?? true) await migrateToLatest(database);
  const sharedFeed = !options.changes && database.dialect === 'postgres'
    ? createPostgresChangeFeed({ connectionString: config.databaseUrl, db: database.db, ...(options.onChangeFeedError ? { onError: options.onChangeFeedError } : {}) })
    : null;
  const deps = composeDeps(database, config, sharedFeed ? { ...options, changes: sharedFeed } : options);
  // Built-in checklist versions are data the code ships with: written once, never changed.
  if (options.migrate ?? true) await installBuiltInChecklists(deps);
  // TOTP secrets stored plain before ADR 0104 are sealed under the server's key.
  if (options.migrate ?? true) await sealPlainTotpSecrets(deps);
  // The national working calendar ships with the code too; districts' own days are never touched.
  if (options.migrate ?? true) await installNationalCalendar(deps, nationalCalendarDays(new Date(deps.clock.now()).getUTCFullYear() + 1));
  else await deps.workingCalendars.refresh(deps.calendar);
  // Calendar edits made through another process reach this one within a minute (ADR 0063).
  const calendarRefresh = setInterval(() => void deps.workingCalendars.refresh(deps.calendar).catch(() => undefined), CALENDAR_REFRESH_MS);
  calendarRefresh.unref();
  return {
    database,
    deps,
    services: platformServices(database, deps, config),
    close: async () => {
      clearInterval(calendarRefresh);
      await sharedFeed?.close();
      await database.close();
    },
  };
}
