import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { BenchDialect } from './bench-options.js';
import { REPO_ROOT } from './child-server.js';

/** Where one run's data lives, and how to get rid of it. */
export interface BenchDatabase {
  readonly dialect: BenchDialect;
  readonly url: string;
  /** Folder for the server's data (photos) and, on SQLite, the database file. */
  readonly dataDir: string;
  /** What was loaded, when the data is reused from an earlier run with --keep-data. */
  readonly manifest: LoadManifest | null;
  saveManifest(manifest: LoadManifest): void;
  /** Bytes on disk (the SQLite file with its WAL, or pg_database_size). */
  sizeBytes(): Promise<number>;
  /** Drops the database and deletes the folder, unless the data is to be kept. */
  dispose(): Promise<void>;
}

/** What the generator wrote, stored next to kept data so a later run can reuse it. */
export interface LoadManifest {
  readonly label: string;
  readonly districtCodes: readonly string[];
  readonly counts: Readonly<Record<string, number>>;
  readonly generation: Readonly<Record<string, number>>;
}

async function withAdmin<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Opens the database for a label (e.g. `district-50000x1000000`): reuses kept data when its
 * manifest is there, otherwise starts empty (a fresh SQLite file or a freshly created PostgreSQL database).
 */
export async function prepareBenchDatabase(input: {
  dialect: BenchDialect;
  label: string;
  keepDataDir: string | null;
  postgresUrl: string;
}): Promise<BenchDatabase> {
  const keep = input.keepDataDir !== null;
  const root = resolve(input.keepDataDir ?? join(REPO_ROOT, 'bench/.data'));
  const dataDir = keep ? join(root, `${input.label}-${input.dialect}`) : join(root, `run-${process.pid}-${input.label}-${input.dialect}`);
  const manifestPath = join(dataDir, 'bench-manifest.json');
  const manifest = keep && existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as LoadManifest) : null;
  if (!manifest) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const dbName = `safegrid_bench_${input.label.replace(/[^a-z0-9]+/g, '_')}${keep ? '' : `_${process.pid}`}`;
  if (input.dialect === 'postgres' && !manifest) {
    await withAdmin(input.postgresUrl, async (client) => {
      await client.query(`drop database if exists ${dbName} with (force)`);
      await client.query(`create database ${dbName}`);
    });
  }
  const sqliteFile = join(dataDir, 'safegrid.db');
  const url = input.dialect === 'sqlite' ? `sqlite:${sqliteFile}` : databaseUrl(input.postgresUrl, dbName);
  return {
    dialect: input.dialect,
    url,
    dataDir,
    manifest,
    saveManifest: (value) => writeFileSync(manifestPath, `${JSON.stringify(value, null, 2)}\n`),
    async sizeBytes() {
      if (input.dialect === 'sqlite') {
        return ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(sqliteFile + suffix) ? statSync(sqliteFile + suffix).size : 0), 0);
      }
      return withAdmin(input.postgresUrl, async (client) => Number((await client.query(`select pg_database_size('${dbName}') as size`)).rows[0].size));
    },
    async dispose() {
      if (keep) return;
      if (input.dialect === 'postgres') await withAdmin(input.postgresUrl, (client) => client.query(`drop database if exists ${dbName} with (force)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
