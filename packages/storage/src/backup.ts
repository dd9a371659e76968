import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '@safegrid/core';
import pg from 'pg';
import { MIGRATIONS } from './migrations/index.js';

const run = promisify(execFile);

/** The migrator's bookkeeping table: its presence is what makes a database (or a dump) SafeGrid's. */
const MIGRATION_TABLE = 'kysely_migration';

export interface BackupResult {
  readonly dialect: 'sqlite' | 'postgres';
  readonly file: string;
  readonly bytes: number;
  /** The newest migration the backed-up database had applied. */
  readonly lastMigration: string;
  /** SQLite: times the copy began again because a writer changed the source meanwhile. */
  readonly restarts: number;
}

export interface RestoreResult {
  readonly dialect: 'sqlite' | 'postgres';
  readonly lastMigration: string;
  /** True when a SafeGrid database was there before and has been replaced (`force`). */
  readonly replaced: boolean;
}

export interface BackupOptions {
  /** SQLite: pages copied per turn of the event loop before the first restart (default 100). */
  readonly pagesPerStep?: number;
  readonly postgres?: PostgresToolOptions;
}

export interface RestoreOptions {
  /** Replace a database that already holds SafeGrid data. */
  readonly force?: boolean;
  readonly postgres?: PostgresToolOptions;
}

/** How pg_dump, pg_restore and psql are run. */
export interface PostgresToolOptions {
  /** Their folder when they are not on PATH. */
  readonly binDir?: string;
  /** Their environment (PATH, PGSSLMODE, …); the URL's password is added as PGPASSWORD. */
  readonly environment?: Readonly<Record<string, string | undefined>>;
}

function refused(code: string, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('rule_violation', code, message, details);
}

const knownMigrations = new Set(MIGRATIONS.map((migration) => migration.name));

/**
 * Takes an online, consistent backup of the database at `url` into `file` while the server keeps
 * writing. The file appears only when complete: the copy goes to `<file>.partial` first.
 *
 * SQLite: the online backup API over a connection of its own. It copies `pagesPerStep` pages per
 * turn of the event loop; when a writer on another connection commits in between, SQLite starts
 * the copy again from the first page, so the finished file is always one committed state. A busy
 * server could restart a stepwise copy for ever, so after the first restart the rest is copied in
 * one step: that step holds one read snapshot (WAL: writers carry on meanwhile). The copy is then
 * switched to a rollback journal so the backup is one self-contained file.
 *
 * PostgreSQL: `pg_dump --format=custom`, which reads everything in one repeatable-read snapshot;
 * restore pipes `pg_restore` into `psql --single-transaction`.
 */
export async function backupDatabase(url: string, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  const target = resolve(file);
  if (existsSync(target)) throw refused('backup.target_exists', `${target} already exists; choose a new file name`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    const result = url.startsWith('sqlite:') ? await backupSqlite(sqlitePath(url), partial, options) : await backupPostgres(url, partial, options);
    renameSync(partial, target);
    return { ...result, file: target, bytes: statSync(target).size };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Brings a backup made by `backupDatabase` back into the database at `url`. Checks first that the
 * file is a SafeGrid backup of a schema this version knows; refuses to replace a database that
 * already holds SafeGrid data unless `force`. Stop the server (and worker) before restoring.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const source = resolve(file);
  if (!existsSync(source)) throw refused('restore.file_missing', `${source} does not exist`);
  return url.startsWith('sqlite:') ? restoreSqlite(source, sqlitePath(url), options) : restorePostgres(source, url, options);
}

function sqlitePath(url: string): string {
  const path = url.slice('sqlite:'.length);
  if (!path || path === ':memory:') throw refused('backup.memory_database', 'an in-memory SQLite database cannot be backed up or restored');
  return resolve(path);
}

/** Migrations applied in a SQLite file, oldest first; null when it is not a SafeGrid database. */
function sqliteMigrations(database: BetterSqlite3.Database): string[] | null {
  const table = database.prepare(`select name from sqlite_master where type = 'table' and name = ?`).get(MIGRATION_TABLE);
  if (!table) return null;
  return (database.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as { name: string }[]).map((row) => row.name);
}

function lastOf(migrations: readonly string[]): string {
  return migrations[migrations.length - 1] ?? '';
}

/** Refuses migrations this version does not have: a backup from a newer SafeGrid. */
function checkKnownMigrations(migrations: readonly string[]): void {
  const unknown = migrations.filter((name) => !knownMigrations.has(name));
  if (unknown.length > 0) throw refused('restore.newer_schema', `the backup has migrations this version does not know: ${unknown.join(', ')}; upgrade SafeGrid first`);
}

async function backupSqlite(path: string, partial: string, options: BackupOptions): Promise<Omit<BackupResult, 'file' | 'bytes'>> {
  if (!existsSync(path)) throw refused('backup.source_missing', `no database at ${path}`);
  const source = new BetterSqlite3(path, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    const migrations = sqliteMigrations(source);
    if (!migrations || migrations.length === 0) throw refused('backup.not_safegrid', `${path} is not a SafeGrid database (no ${MIGRATION_TABLE} table)`);
    const pagesPerStep = options.pagesPerStep ?? 100;
    let restarts = 0;
    let previousRemaining = Number.POSITIVE_INFINITY;
    await source.backup(partial, {
      progress: ({ remainingPages }) => {
        if (remainingPages > previousRemaining) restarts += 1;
        previousRemaining = remainingPages;
        return restarts > 0 ? 0x7fffffff : pagesPerStep;
      },
    });
    // The copy carries the source's WAL mode in its header; a backup file is better as one file.
    const copy = new BetterSqlite3(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`the backup copy failed its integrity check: ${String(check)}`);
      // The copy's own migrations: the state it holds, which may be newer than the one read above.
      return { dialect: 'sqlite', lastMigration: lastOf(sqliteMigrations(copy) ?? migrations), restarts };
    } finally {
      copy.close();
    }
  } finally {
    source.close();
  }
}

async function restoreSqlite(source: string, targetPath: string, options: RestoreOptions): Promise<RestoreResult> {
  const backup = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  try {
    let migrations: string[] | null;
    try {
      migrations = sqliteMigrations(backup);
    } catch {
      migrations = null; // not a SQLite file at all
    }
    if (!migrations || migrations.length === 0) throw refused('restore.not_safegrid', `${source} is not a SafeGrid SQLite backup`);
    checkKnownMigrations(migrations);
    let replaced = false;
    if (existsSync(targetPath)) {
      const target = new BetterSqlite3(targetPath, { fileMustExist: true });
      try {
        replaced = (sqliteMigrations(target)?.length ?? 0) > 0;
      } finally {
        target.close();
      }
      if (replaced && !options.force) {
        throw refused('restore.target_in_use', `${targetPath} already holds a SafeGrid database; stop the server and pass --force to replace it`);
      }
    }
    mkdirSync(dirname(targetPath), { recursive: true });
    // The backup API writes the destination through SQLite's own locking, in one step: an
    // existing file (and its WAL) is replaced as one transaction, never left half written.
    await backup.backup(targetPath, { progress: () => 0x7fffffff });
    const restored = new BetterSqlite3(targetPath, { fileMustExist: true });
    try {
      restored.pragma('journal_mode = WAL');
    } finally {
      restored.close();
    }
    return { dialect: 'sqlite', lastMigration: lastOf(migrations), replaced };
  } finally {
    backup.close();
  }
}

/** The URL without its password, and the password for PGPASSWORD: never on a command line. */
function postgresConnection(url: string, tools: PostgresToolOptions = {}): { dbname: string; env: NodeJS.ProcessEnv; bin: (name: string) => string } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env: NodeJS.ProcessEnv = { ...tools.environment, ...(password ? { PGPASSWORD: password } : {}) };
  return { dbname: parsed.toString(), env, bin: (name) => (tools.binDir ? resolve(tools.binDir, name) : name) };
}

async function postgresMigrations(url: string): Promise<string[] | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query<{ found: string | null }>(`select to_regclass('public.${MIGRATION_TABLE}')::text as found`);
    if (!exists.rows[0]?.found) return null;
    return (await client.query<{ name: string }>(`select name from ${MIGRATION_TABLE} order by name`)).rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

/** Runs a PostgreSQL client program; its stderr (never the password) becomes the error message. */
async function runTool(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run(command, [...args], { env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${command} failed${stderr ? `: ${stderr}` : ''}`, { cause: error });
  }
}

async function backupPostgres(url: string, partial: string, options: BackupOptions): Promise<Omit<BackupResult, 'file' | 'bytes'>> {
  const migrations = await postgresMigrations(url);
  if (!migrations || migrations.length === 0) throw refused('backup.not_safegrid', `the database is not a SafeGrid database (no ${MIGRATION_TABLE} table)`);
  const { dbname, env, bin } = postgresConnection(url, options.postgres);
  await runTool(bin('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${dbname}`], env);
  return { dialect: 'postgres', lastMigration: lastOf(migrations), restarts: 0 };
}

/** Migration names inside a pg_dump file, read without restoring it; null when it has none. */
async function dumpMigrations(source: string, bin: (name: string) => string, env: NodeJS.ProcessEnv): Promise<string[] | null> {
  let script: string;
  try {
    script = await runTool(bin('pg_restore'), ['--data-only', `--table=${MIGRATION_TABLE}`, '--file=-', source], env);
  } catch {
    return null; // pg_restore cannot read it: not a custom-format dump
  }
  const copy = new RegExp(`^COPY public\\.${MIGRATION_TABLE} \\(([^)]*)\\) FROM stdin;\\n([\\s\\S]*?)^\\\\\\.$`, 'm').exec(script);
  if (!copy?.[1] || copy[2] === undefined) return null;
  const nameColumn = copy[1].split(',').map((column) => column.trim()).indexOf('name');
  return copy[2].split('\n').filter(Boolean).map((line) => line.split('\t')[nameColumn] ?? '').sort();
}

/** Runs `pg_restore --file=-` into `psql --single-transaction` after a preamble: all or nothing. */
function restoreInOneTransaction(source: string, dbname: string, preamble: string, bin: (name: string) => string, env: NodeJS.ProcessEnv): Promise<void> {
  const psql = spawn(bin('psql'), ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', `--dbname=${dbname}`], { env, stdio: ['pipe', 'ignore', 'pipe'] });
  const restore = spawn(bin('pg_restore'), ['--no-owner', '--no-privileges', '--file=-', source], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const finished = (child: ChildProcess, name: string) =>
    new Promise<void>((resolvePromise, reject) => {
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.once('error', reject);
      child.once('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${name} failed (exit ${code})${stderr.trim() ? `: ${stderr.trim()}` : ''}`))));
    });
  const done = Promise.all([finished(restore, 'pg_restore'), finished(psql, 'psql')]);
  psql.stdin.write(preamble);
  restore.stdout.pipe(psql.stdin);
  return done.then(() => undefined);
}

async function restorePostgres(source: string, url: string, options: RestoreOptions): Promise<RestoreResult> {
  const { dbname, env, bin } = postgresConnection(url, options.postgres);
  const migrations = await dumpMigrations(source, bin, env);
  if (!migrations || migrations.length === 0) throw refused('restore.not_safegrid', `${source} is not a SafeGrid PostgreSQL backup`);
  checkKnownMigrations(migrations);
  const existing = await postgresMigrations(url);
  const replaced = (existing?.length ?? 0) > 0;
  if (replaced && !options.force) {
    throw refused('restore.target_in_use', 'the database already holds SafeGrid data; stop the server and pass --force to replace it');
  }
  // The old schema goes in the same transaction that brings the backup in: all or nothing.
  await restoreInOneTransaction(source, dbname, 'drop schema if exists public cascade;\ncreate schema public;\n', bin, env);
  const restored = await postgresMigrations(url);
  if (!restored || lastOf(restored) !== lastOf(migrations)) throw new Error('the restore finished but the migrations table does not match the backup');
  return { dialect: 'postgres', lastMigration: lastOf(restored), replaced };
}
