import { isIP } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { MAP_CRS, MAP_TILE_PROVIDERS, type MapCrs, type MapTileProvider } from '@safegrid/contracts';

export type TrustProxy = boolean | number | readonly string[];

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Who may read the API documentation (/api/docs and /api/v1/openapi.json): anyone, logged-in users, or nobody (404). */
export const API_DOCS_ACCESS = ['public', 'login', 'off'] as const;
export type ApiDocsAccess = (typeof API_DOCS_ACCESS)[number];

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
  /** Log-in attempts per minute per client address and per username, counted in the database. */
  readonly loginAttemptsPerMinute: number;
  /** Consecutive wrong passwords that lock an account (SAFEGRID_LOGIN_LOCKOUT_FAILURES). */
  readonly loginLockoutFailures: number;
  /** Minutes an account stays locked unless the district office unlocks it (SAFEGRID_LOGIN_LOCKOUT_MINUTES). */
  readonly loginLockoutMinutes: number;
  /**
   * Which proxies' X-Forwarded-For is believed (SAFEGRID_TRUST_PROXY), as Fastify's `trustProxy`:
   * false (default: the socket's address is the client), true (any), a hop count, or addresses/CIDRs.
   */
  readonly trustProxy: TrustProxy;
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
  /** SQLite only: page cache of the connection in MiB (SAFEGRID_SQLITE_CACHE_MIB, default 16; ADR 0080). */
  readonly sqliteCacheMiB: number;
  /** Milliseconds a stopping server lets requests in flight finish before it cuts them (SAFEGRID_SHUTDOWN_GRACE_MS). */
  readonly shutdownGraceMs: number;
  /** Who may read /api/docs and /api/v1/openapi.json (SAFEGRID_API_DOCS). */
  readonly apiDocs: ApiDocsAccess;
  /** Bearer token that opens /metrics (SAFEGRID_METRICS_TOKEN); null: /metrics does not exist. */
  readonly metricsToken: string | null;
  /**
   * SAFEGRID_SECRET_KEY: the 32-byte key (base64) that seals TOTP secrets at rest (ADR 0104); when
   * unset, a key file in the data directory is made on first start and used from then on.
   */
  readonly secretKey: Uint8Array | null;
  /**
   * SAFEGRID_SECRET_KEY_PREVIOUS: a key the server still opens secrets with but never seals under,
   * for a rolling key change across processes (ADR 0109); null when unset.
   */
  readonly secretKeyPrevious: Uint8Array | null;
  /** Certificate and key files (PEM) to serve HTTPS directly (SAFEGRID_TLS_CERT, SAFEGRID_TLS_KEY); null: plain HTTP. */
  readonly tls: TlsFiles | null;
  /** Durable jobs: where they run and how they are leased (ADR 0058). */
  readonly jobs: JobsConfig;
  /** 台账导入: largest upload and most data rows (SAFEGRID_IMPORT_MAX_BYTES, SAFEGRID_IMPORT_MAX_ROWS; ADR 0067). */
  readonly imports: { readonly maxBytes: number; readonly maxRows: number };
  /**
   * Origins (`scheme://host[:port]`) whose pages may send cookie-authenticated writes
   * (SAFEGRID_ALLOWED_ORIGINS); empty: only the origin the request itself was sent to (ADR 0070).
   */
  readonly allowedOrigins: readonly string[];
  /** Outside notification channels (issue 11, ADR 0065). */
  readonly notifications: NotificationConfig;
  /** 执法文书: number prefix and the bodies the documents name (ADR 0069). */
  readonly documents: DocumentConfig;
  /** 群众举报: limits and the likely-duplicate search (ADR 0074). */
  readonly publicReports: PublicReportsConfig;
}

export interface NotificationConfig {
  /** SMTP server for notification mail (SAFEGRID_SMTP_URL, e.g. smtps://user:pass@smtp.example.cn:465); null: no mail is sent. */
  readonly smtpUrl: string | null;
  /** Sender of notification mail (SAFEGRID_MAIL_FROM). */
  readonly mailFrom: string;
  /** The web app's public address for links in robot, webhook and mail messages (SAFEGRID_PUBLIC_URL); null: no links. */
  readonly publicUrl: string | null;
}

export interface DocumentConfig {
  /** SAFEGRID_DOCUMENT_PREFIX (default 武应急): 武应急责改〔2026〕第0001号. */
  readonly numberPrefix: string;
  /** SAFEGRID_DOCUMENT_AGENCY: the issuing body printed by the seal. */
  readonly agency: string;
  /** SAFEGRID_DOCUMENT_RECONSIDERATION: where 行政复议 is applied for. */
  readonly reconsiderationBody: string;
  /** SAFEGRID_DOCUMENT_COURT: where 行政诉讼 is brought. */
  readonly court: string;
}

export interface PublicReportsConfig {
  /** SAFEGRID_PUBLIC_REPORTS_PER_HOUR_PER_ADDRESS (default 10). */
  readonly reportsPerHourPerAddress: number;
  /** SAFEGRID_PUBLIC_REPORTS_PER_DAY_PER_PHONE (default 5). */
  readonly reportsPerDayPerPhone: number;
  /** SAFEGRID_DUPLICATE_RADIUS_METRES (default 150). */
  readonly duplicateRadiusMetres: number;
  /** SAFEGRID_DUPLICATE_WINDOW_DAYS (default 30). */
  readonly duplicateWindowDays: number;
  /** SAFEGRID_PUBLIC_DISTRICT: where public reports go when one install serves several districts; null: the only one. */
  readonly districtCode: string | null;
}

export interface TlsFiles {
  readonly certFile: string;
  readonly keyFile: string;
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

function integerSetting(env: Environment, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The process environment with a `.env` file under it: the file (SAFEGRID_ENV_FILE, default `.env`
 * in the working directory) is read when present, and a variable set in the real environment wins
 * over the file's. Parsed by Node's own `util.parseEnv`.
 */
export function readEnvironment(env: Environment = process.env, cwd = process.cwd()): Environment {
  const file = resolve(cwd, env.SAFEGRID_ENV_FILE || '.env');
  if (!existsSync(file)) {
    if (env.SAFEGRID_ENV_FILE) throw new ConfigError([`SAFEGRID_ENV_FILE: ${file} does not exist`]);
    return env;
  }
  return { ...parseEnv(readFileSync(file, 'utf8')), ...env };
}

/**
 * Reads and checks the environment once (by default the process's, over `.env`); reports every
 * problem at the same time. The only reader of process.env.
 */
export function loadConfig(env: Environment = readEnvironment()): Config {
  const problems: string[] = [];
  const dataDir = resolve(env.SAFEGRID_DATA_DIR || './data');
  const databaseUrl = env.SAFEGRID_DATABASE_URL || `sqlite:${resolve(dataDir, 'safegrid.db')}`;
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl)) problems.push('SAFEGRID_DATABASE_URL must start with sqlite: or postgres://');
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const cookieSecure = env.SAFEGRID_COOKIE_SECURE ?? 'false';
  if (cookieSecure !== 'true' && cookieSecure !== 'false') problems.push('SAFEGRID_COOKIE_SECURE must be true or false');
  const apiDocs = (env.SAFEGRID_API_DOCS || 'public') as ApiDocsAccess;
  if (!API_DOCS_ACCESS.includes(apiDocs)) problems.push(`SAFEGRID_API_DOCS must be one of ${API_DOCS_ACCESS.join(', ')}`);
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
    loginLockoutFailures: integerSetting(env, 'SAFEGRID_LOGIN_LOCKOUT_FAILURES', 5, 1, 100, problems),
    loginLockoutMinutes: integerSetting(env, 'SAFEGRID_LOGIN_LOCKOUT_MINUTES', 15, 1, 7 * 24 * 60, problems),
    trustProxy: trustProxySetting(env.SAFEGRID_TRUST_PROXY, problems),
    webDir: env.SAFEGRID_WEB_DIR ? resolve(env.SAFEGRID_WEB_DIR) : null,
    map: mapSettings(env, problems),
    sseHeartbeatSeconds: integerSetting(env, 'SAFEGRID_SSE_HEARTBEAT_SECONDS', 25, 1, 3600, problems),
    dbPoolSize: integerSetting(env, 'SAFEGRID_DB_POOL_SIZE', 10, 1, 1000, problems),
    dbStatementTimeoutMs: integerSetting(env, 'SAFEGRID_DB_STATEMENT_TIMEOUT_MS', 30_000, 100, 24 * 3600 * 1000, problems),
    sqliteCacheMiB: integerSetting(env, 'SAFEGRID_SQLITE_CACHE_MIB', 16, 1, 4096, problems),
    shutdownGraceMs: integerSetting(env, 'SAFEGRID_SHUTDOWN_GRACE_MS', 10_000, 0, 10 * 60 * 1000, problems),
    apiDocs,
    metricsToken: metricsToken(env, problems),
    secretKey: secretKeySetting(env, 'SAFEGRID_SECRET_KEY', problems),
    secretKeyPrevious: secretKeySetting(env, 'SAFEGRID_SECRET_KEY_PREVIOUS', problems),
    tls: tlsFiles(env, problems),
    jobs: jobSettings(env, problems),
    imports: {
      maxBytes: integerSetting(env, 'SAFEGRID_IMPORT_MAX_BYTES', 20 * 1024 * 1024, 1024, 100 * 1024 * 1024, problems),
      maxRows: integerSetting(env, 'SAFEGRID_IMPORT_MAX_ROWS', 100_000, 1, 1_000_000, problems),
    },
    notifications: notificationSettings(env, problems),
    allowedOrigins: allowedOrigins(env.SAFEGRID_ALLOWED_ORIGINS, problems),
    documents: documentSettings(env, problems),
    publicReports: publicReportSettings(env, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function publicReportSettings(env: Environment, problems: string[]): PublicReportsConfig {
  const districtCode = env.SAFEGRID_PUBLIC_DISTRICT || null;
  if (districtCode !== null && !/^\d{6}$/.test(districtCode)) problems.push(`SAFEGRID_PUBLIC_DISTRICT must be a 6-digit district code (got "${districtCode}")`);
  return {
    reportsPerHourPerAddress: integerSetting(env, 'SAFEGRID_PUBLIC_REPORTS_PER_HOUR_PER_ADDRESS', 10, 1, 100_000, problems),
    reportsPerDayPerPhone: integerSetting(env, 'SAFEGRID_PUBLIC_REPORTS_PER_DAY_PER_PHONE', 5, 1, 10_000, problems),
    duplicateRadiusMetres: integerSetting(env, 'SAFEGRID_DUPLICATE_RADIUS_METRES', 150, 1, 5_000, problems),
    duplicateWindowDays: integerSetting(env, 'SAFEGRID_DUPLICATE_WINDOW_DAYS', 30, 1, 365, problems),
    districtCode,
  };
}

/** proxy-addr's names for address ranges, accepted in a SAFEGRID_TRUST_PROXY list. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  if (/^\d+$/.test(prefix)) return bits <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(prefix) === 4; // a netmask such as 255.255.255.0
}

/**
 * SAFEGRID_TRUST_PROXY: unset or "false" trusts no proxy, so a client cannot choose its own address
 * with X-Forwarded-For (and dodge the log-in limit); "true", a hop count, or a comma-separated list of
 * proxy addresses and CIDRs (and loopback, linklocal, uniquelocal) as Fastify's trustProxy takes them.
 */
function trustProxySetting(raw: string | undefined, problems: string[]): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= 100) return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const wrong = entries.filter((entry) => !isProxyAddress(entry));
  if (entries.length === 0 || wrong.length > 0 || /^\d+$/.test(value)) {
    problems.push(`SAFEGRID_TRUST_PROXY must be false, true, a hop count from 1 to 100, or a comma-separated list of addresses/CIDRs (got "${raw}")`);
    return false;
  }
  return entries;
}

function metricsToken(env: Environment, problems: string[]): string | null {
  const token = env.SAFEGRID_METRICS_TOKEN || null;
  // The value itself is never echoed back, not even in a configuration error.
  if (token && !/^[\x21-\x7e]{16,200}$/.test(token)) problems.push('SAFEGRID_METRICS_TOKEN must be 16–200 printable characters without spaces');
  return token;
}

function secretKeySetting(env: Environment, name: 'SAFEGRID_SECRET_KEY' | 'SAFEGRID_SECRET_KEY_PREVIOUS', problems: string[]): Uint8Array | null {
  const raw = env[name]?.trim() || null;
  if (raw === null) return null;
  const key = Buffer.from(raw, 'base64');
  // Like the metrics token, the value is never echoed back in a configuration error.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(raw) || key.length !== 32) {
    problems.push(`${name} must be 32 bytes in base64 (e.g. the output of \`openssl rand -base64 32\`)`);
    return null;
  }
  return key;
}

function tlsFiles(env: Environment, problems: string[]): TlsFiles | null {
  const cert = env.SAFEGRID_TLS_CERT || null;
  const key = env.SAFEGRID_TLS_KEY || null;
  if (!cert && !key) return null;
  if (!cert || !key) {
    problems.push('SAFEGRID_TLS_CERT and SAFEGRID_TLS_KEY go together: set both (PEM files) or neither');
    return null;
  }
  const files = { certFile: resolve(cert), keyFile: resolve(key) };
  if (!existsSync(files.certFile)) problems.push(`SAFEGRID_TLS_CERT: ${files.certFile} does not exist`);
  if (!existsSync(files.keyFile)) problems.push(`SAFEGRID_TLS_KEY: ${files.keyFile} does not exist`);
  return files;
}

function jobSettings(env: Environment, problems: string[]): JobsConfig {
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

function mapSettings(env: Environment, problems: string[]): MapConfig {
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

/**
 * SAFEGRID_ALLOWED_ORIGINS: a comma-separated list of origins (`https://safegrid.wj.gov.cn`,
 * `http://10.1.2.3:8080`), each normalised as browsers send it in `Origin` (lower-case, no default
 * port, no path). Unset: the request's own scheme, host and port are the one allowed origin.
 */
function allowedOrigins(raw: string | undefined, problems: string[]): readonly string[] {
  const entries = (raw ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const origins: string[] = [];
  for (const entry of entries) {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
      problems.push(`SAFEGRID_ALLOWED_ORIGINS must list origins such as https://safegrid.example or http://10.0.0.5:8080 without paths (got "${entry}")`);
      continue;
    }
    origins.push(url.origin);
  }
  return origins;
}

/** SAFEGRID_SMTP_URL, SAFEGRID_MAIL_FROM and SAFEGRID_PUBLIC_URL: where notification mail goes out and what links point at. */
function notificationSettings(env: Environment, problems: string[]): NotificationConfig {
  const smtpUrl = env.SAFEGRID_SMTP_URL?.trim() || null;
  if (smtpUrl !== null && !/^smtps?:\/\/\S+$/.test(smtpUrl)) problems.push('SAFEGRID_SMTP_URL must start with smtp:// or smtps://');
  const mailFrom = env.SAFEGRID_MAIL_FROM?.trim() || 'SafeGrid <safegrid@localhost>';
  if (!/@/.test(mailFrom)) problems.push(`SAFEGRID_MAIL_FROM must be an e-mail address (got "${mailFrom}")`);
  const publicUrl = env.SAFEGRID_PUBLIC_URL?.trim().replace(/\/+$/, '') || null;
  if (publicUrl !== null && !/^https?:\/\/\S+$/.test(publicUrl)) problems.push('SAFEGRID_PUBLIC_URL must start with http:// or https://');
  return { smtpUrl, mailFrom, publicUrl };
}

/** Names printed on 执法文书; the defaults are 武进区's. */
function documentSettings(env: Environment, problems: string[]): DocumentConfig {
  const text = (name: string, fallback: string, max: number): string => {
    const value = (env[name] ?? '').trim() || fallback;
    if (value.length > max) problems.push(`${name} must be at most ${max} characters`);
    return value;
  };
  return {
    numberPrefix: text('SAFEGRID_DOCUMENT_PREFIX', '武应急', 12),
    agency: text('SAFEGRID_DOCUMENT_AGENCY', '常州市武进区应急管理局', 40),
    reconsiderationBody: text('SAFEGRID_DOCUMENT_RECONSIDERATION', '常州市武进区人民政府或者常州市应急管理局', 80),
    court: text('SAFEGRID_DOCUMENT_COURT', '常州市武进区人民法院', 40),
  };
}
