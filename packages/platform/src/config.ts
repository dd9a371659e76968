import { resolve } from 'node:path';
import { MAP_CRS, MAP_TILE_PROVIDERS, type MapCrs, type MapTileProvider } from '@safegrid/contracts';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Settings of one SafeGrid process, read once from the environment and checked together. */
export interface Config {
  readonly databaseUrl: string;
  readonly dataDir: string;
  readonly photoDir: string;
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly photoMaxBytes: number;
  readonly sessionHours: number;
  readonly cookieSecure: boolean;
  readonly loginAttemptsPerMinute: number;
  /** Folder of the built web app served at `/`, when present. */
  readonly webDir: string | null;
  /** Base tiles of the web app's maps. */
  readonly map: MapConfig;
  /** Seconds between heartbeats on live streams (SSE), so proxies keep them open. */
  readonly sseHeartbeatSeconds: number;
  /** PostgreSQL only: connections in the pool (SAFEGRID_DB_POOL_SIZE). */
  readonly dbPoolSize: number;
  /** PostgreSQL only: milliseconds after which the server cancels a statement (SAFEGRID_DB_STATEMENT_TIMEOUT_MS). */
  readonly dbStatementTimeoutMs: number;
  /** Milliseconds a stopping server lets requests in flight finish before it cuts them (SAFEGRID_SHUTDOWN_GRACE_MS). */
  readonly shutdownGraceMs: number;
  /** Durable jobs: where they run and how they are leased (ADR 0058). */
  readonly jobs: JobsConfig;
}

/** `inline`: `safegrid serve` runs the job runner in its own process; `off`: separate `safegrid worker` processes do. */
export const JOB_MODES = ['inline', 'off'] as const;
export type JobMode = (typeof JOB_MODES)[number];

export interface JobsConfig {
  /** SAFEGRID_JOBS (default inline). */
  readonly mode: JobMode;
  /** Milliseconds between looks for due jobs and schedules (SAFEGRID_JOBS_POLL_MS). */
  readonly pollMs: number;
  /** Seconds a claimed job stays leased without renewal; a stopped worker's jobs run again after it (SAFEGRID_JOBS_LEASE_SECONDS). */
  readonly leaseSeconds: number;
  /** Jobs one runner runs at the same time (SAFEGRID_JOBS_CONCURRENCY). */
  readonly concurrency: number;
}

/** Which base map the web app draws under towns and grids, and the keys it needs. */
export interface MapConfig {
  readonly provider: MapTileProvider;
  readonly tiandituKey: string | null;
  readonly amapKey: string | null;
  /** `custom`: an own tile server's URL template ({z}/{x}/{y}, optional {s}) and its coordinate system. */
  readonly customUrl: string | null;
  readonly customCrs: MapCrs;
  readonly customAttribution: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integerSetting(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** Reads and checks the environment once; reports every problem at the same time. The only reader of process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const dataDir = resolve(env.SAFEGRID_DATA_DIR || './data');
  const databaseUrl = env.SAFEGRID_DATABASE_URL || `sqlite:${resolve(dataDir, 'safegrid.db')}`;
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl)) problems.push('SAFEGRID_DATABASE_URL must start with sqlite: or postgres://');
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const cookieSecure = env.SAFEGRID_COOKIE_SECURE ?? 'false';
  if (cookieSecure !== 'true' && cookieSecure !== 'false') problems.push('SAFEGRID_COOKIE_SECURE must be true or false');
  const config: Config = {
    databaseUrl,
    dataDir,
    photoDir: resolve(dataDir, 'photos'),
    host: env.HOST || '0.0.0.0',
    port: integerSetting(env, 'PORT', 8080, 0, 65535, problems),
    logLevel,
    photoMaxBytes: integerSetting(env, 'SAFEGRID_PHOTO_MAX_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024, problems),
    sessionHours: integerSetting(env, 'SAFEGRID_SESSION_HOURS', 12, 1, 24 * 30, problems),
    cookieSecure: cookieSecure === 'true',
    loginAttemptsPerMinute: integerSetting(env, 'SAFEGRID_LOGIN_ATTEMPTS_PER_MINUTE', 10, 1, 10_000, problems),
    webDir: env.SAFEGRID_WEB_DIR ? resolve(env.SAFEGRID_WEB_DIR) : null,
    map: mapSettings(env, problems),
    sseHeartbeatSeconds: integerSetting(env, 'SAFEGRID_SSE_HEARTBEAT_SECONDS', 25, 1, 3600, problems),
    dbPoolSize: integerSetting(env, 'SAFEGRID_DB_POOL_SIZE', 10, 1, 1000, problems),
    dbStatementTimeoutMs: integerSetting(env, 'SAFEGRID_DB_STATEMENT_TIMEOUT_MS', 30_000, 100, 24 * 3600 * 1000, problems),
    shutdownGraceMs: integerSetting(env, 'SAFEGRID_SHUTDOWN_GRACE_MS', 10_000, 0, 10 * 60 * 1000, problems),
    jobs: jobSettings(env, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function jobSettings(env: Record<string, string | undefined>, problems: string[]): JobsConfig {
  const mode = (env.SAFEGRID_JOBS || 'inline') as JobMode;
  if (!JOB_MODES.includes(mode)) problems.push(`SAFEGRID_JOBS must be one of ${JOB_MODES.join(', ')}`);
  return {
    mode,
    pollMs: integerSetting(env, 'SAFEGRID_JOBS_POLL_MS', 5_000, 50, 10 * 60 * 1000, problems),
    leaseSeconds: integerSetting(env, 'SAFEGRID_JOBS_LEASE_SECONDS', 300, 5, 24 * 3600, problems),
    concurrency: integerSetting(env, 'SAFEGRID_JOBS_CONCURRENCY', 2, 1, 64, problems),
  };
}

const TILE_TEMPLATE = /^https?:\/\/[^\s]+\{z\}[^\s]*$/;

function mapSettings(env: Record<string, string | undefined>, problems: string[]): MapConfig {
  const provider = (env.SAFEGRID_MAP_TILES || 'none') as MapTileProvider;
  if (!MAP_TILE_PROVIDERS.includes(provider)) problems.push(`SAFEGRID_MAP_TILES must be one of ${MAP_TILE_PROVIDERS.join(', ')}`);
  const tiandituKey = env.SAFEGRID_TIANDITU_KEY || null;
  if (provider === 'tianditu' && !tiandituKey) problems.push('SAFEGRID_MAP_TILES=tianditu needs SAFEGRID_TIANDITU_KEY (a 天地图 browser key)');
  if (tiandituKey && !/^[0-9a-zA-Z]{8,64}$/.test(tiandituKey)) problems.push('SAFEGRID_TIANDITU_KEY must be 8–64 letters and digits');
  const amapKey = env.SAFEGRID_AMAP_KEY || null;
  if (amapKey && !/^[0-9a-zA-Z]{8,64}$/.test(amapKey)) problems.push('SAFEGRID_AMAP_KEY must be 8–64 letters and digits');
  const customUrl = env.SAFEGRID_MAP_TILE_URL || null;
  if (provider === 'custom' && !customUrl) problems.push('SAFEGRID_MAP_TILES=custom needs SAFEGRID_MAP_TILE_URL');
  if (customUrl && !TILE_TEMPLATE.test(customUrl)) problems.push('SAFEGRID_MAP_TILE_URL must be an http(s) URL template containing {z}, {x} and {y}');
  const customCrs = (env.SAFEGRID_MAP_TILE_CRS || 'wgs84') as MapCrs;
  if (!MAP_CRS.includes(customCrs)) problems.push(`SAFEGRID_MAP_TILE_CRS must be one of ${MAP_CRS.join(', ')}`);
  return { provider, tiandituKey, amapKey, customUrl, customCrs, customAttribution: env.SAFEGRID_MAP_TILE_ATTRIBUTION || '' };
}
