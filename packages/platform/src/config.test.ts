import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readEnvironment } from './config.js';

describe('database pool, statement timeout and shutdown grace settings', () => {
  it('default to a pool of 10, a 30 s statement timeout and a 10 s grace', () => {
    const config = loadConfig({});
    expect(config.dbPoolSize).toBe(10);
    expect(config.dbStatementTimeoutMs).toBe(30_000);
    expect(config.shutdownGraceMs).toBe(10_000);
  });

  it('read the environment', () => {
    const config = loadConfig({ SAFEGRID_DB_POOL_SIZE: '25', SAFEGRID_DB_STATEMENT_TIMEOUT_MS: '5000', SAFEGRID_SHUTDOWN_GRACE_MS: '0' });
    expect([config.dbPoolSize, config.dbStatementTimeoutMs, config.shutdownGraceMs]).toEqual([25, 5000, 0]);
  });

  it('refuse bad values, naming every variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ SAFEGRID_DB_POOL_SIZE: '0', SAFEGRID_DB_STATEMENT_TIMEOUT_MS: 'soon', SAFEGRID_SHUTDOWN_GRACE_MS: '-1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('SAFEGRID_DB_POOL_SIZE');
    expect(problems).toContain('SAFEGRID_DB_STATEMENT_TIMEOUT_MS');
    expect(problems).toContain('SAFEGRID_SHUTDOWN_GRACE_MS');
  });
});

describe('SAFEGRID_TRUST_PROXY and log-in lockout settings', () => {
  it('trust no proxy and lock after 5 failures for 15 minutes by default', () => {
    const config = loadConfig({});
    expect([config.trustProxy, config.loginLockoutFailures, config.loginLockoutMinutes]).toEqual([false, 5, 15]);
  });

  it('accept what Fastify’s trustProxy accepts', () => {
    const read = (value: string) => loadConfig({ SAFEGRID_TRUST_PROXY: value }).trustProxy;
    expect(read('false')).toBe(false);
    expect(read('true')).toBe(true);
    expect(read('2')).toBe(2);
    expect(read('10.0.0.0/8, 192.168.1.7,::1,fd00::/8,loopback')).toEqual(['10.0.0.0/8', '192.168.1.7', '::1', 'fd00::/8', 'loopback']);
    expect(read('10.1.0.0/255.255.0.0')).toEqual(['10.1.0.0/255.255.0.0']);
  });

  it('refuse anything else, naming the variable', () => {
    for (const value of ['yes', '0', '10.0.0.0/33', 'proxy.example.com', 'nope,10.0.0.1', '::1/129']) {
      expect(() => loadConfig({ SAFEGRID_TRUST_PROXY: value }), value).toThrow(/SAFEGRID_TRUST_PROXY/);
    }
    expect(() => loadConfig({ SAFEGRID_LOGIN_LOCKOUT_FAILURES: '0' })).toThrow(/SAFEGRID_LOGIN_LOCKOUT_FAILURES/);
  });
});

describe('the API documentation setting', () => {
  it('is public unless set, and reads login and off', () => {
    expect(loadConfig({}).apiDocs).toBe('public');
    expect(loadConfig({ SAFEGRID_API_DOCS: 'login' }).apiDocs).toBe('login');
    expect(loadConfig({ SAFEGRID_API_DOCS: 'off' }).apiDocs).toBe('off');
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => loadConfig({ SAFEGRID_API_DOCS: 'private' })).toThrow(/SAFEGRID_API_DOCS must be one of public, login, off/);
  });
});

describe('.env file', () => {
  it('is read when present, and the real environment wins over it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'safegrid-env-'));
    try {
      writeFileSync(join(folder, '.env'), '# comment\nPORT=9090\nLOG_LEVEL=debug\nSAFEGRID_DATA_DIR="/srv/safegrid data"\n');
      const env = readEnvironment({ LOG_LEVEL: 'warn' }, folder);
      expect(env).toMatchObject({ PORT: '9090', LOG_LEVEL: 'warn', SAFEGRID_DATA_DIR: '/srv/safegrid data' });
      const config = loadConfig(env);
      expect([config.port, config.logLevel, config.dataDir]).toEqual([9090, 'warn', '/srv/safegrid data']);
      writeFileSync(join(folder, 'other.env'), 'PORT=7070\n');
      expect(readEnvironment({ SAFEGRID_ENV_FILE: 'other.env' }, folder).PORT).toBe('7070');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is optional, unless SAFEGRID_ENV_FILE names one that is missing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'safegrid-env-'));
    try {
      expect(readEnvironment({ PORT: '1' }, folder)).toEqual({ PORT: '1' });
      expect(() => readEnvironment({ SAFEGRID_ENV_FILE: 'missing.env' }, folder)).toThrow(/SAFEGRID_ENV_FILE/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('metrics token and TLS settings', () => {
  it('default to no /metrics and plain HTTP', () => {
    const config = loadConfig({});
    expect([config.metricsToken, config.tls]).toEqual([null, null]);
  });

  it('refuse a short metrics token without echoing it', () => {
    expect(() => loadConfig({ SAFEGRID_METRICS_TOKEN: 'short-secret' })).toThrow(ConfigError);
    try {
      loadConfig({ SAFEGRID_METRICS_TOKEN: 'short-secret' });
    } catch (error) {
      expect((error as ConfigError).message).toContain('SAFEGRID_METRICS_TOKEN');
      expect((error as ConfigError).message).not.toContain('short-secret');
    }
  });

  it('need both certificate and key, and files that exist', () => {
    const folder = mkdtempSync(join(tmpdir(), 'safegrid-tls-'));
    try {
      writeFileSync(join(folder, 'cert.pem'), 'x');
      writeFileSync(join(folder, 'key.pem'), 'x');
      expect(loadConfig({ SAFEGRID_TLS_CERT: join(folder, 'cert.pem'), SAFEGRID_TLS_KEY: join(folder, 'key.pem') }).tls).toEqual({
        certFile: join(folder, 'cert.pem'), keyFile: join(folder, 'key.pem'),
      });
      expect(() => loadConfig({ SAFEGRID_TLS_CERT: join(folder, 'cert.pem') })).toThrow(/SAFEGRID_TLS_CERT and SAFEGRID_TLS_KEY/);
      expect(() => loadConfig({ SAFEGRID_TLS_CERT: join(folder, 'cert.pem'), SAFEGRID_TLS_KEY: join(folder, 'nope.pem') })).toThrow(/SAFEGRID_TLS_KEY: .*does not exist/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('job settings', () => {
  it('run jobs inside the server by default, every 5 s, with a 5 min lease and two at a time', () => {
    expect(loadConfig({}).jobs).toEqual({ mode: 'inline', pollMs: 5_000, leaseSeconds: 300, concurrency: 2 });
    expect(loadConfig({ SAFEGRID_JOBS: 'off', SAFEGRID_JOBS_POLL_MS: '250', SAFEGRID_JOBS_LEASE_SECONDS: '60', SAFEGRID_JOBS_CONCURRENCY: '4' }).jobs)
      .toEqual({ mode: 'off', pollMs: 250, leaseSeconds: 60, concurrency: 4 });
  });

  it('refuse an unknown mode and out-of-range numbers, naming each variable', () => {
    expect(() => loadConfig({ SAFEGRID_JOBS: 'redis', SAFEGRID_JOBS_LEASE_SECONDS: '1', SAFEGRID_JOBS_CONCURRENCY: '0' })).toThrow(
      expect.objectContaining({ problems: [
        expect.stringContaining('SAFEGRID_JOBS must be one of inline, off'),
        expect.stringContaining('SAFEGRID_JOBS_LEASE_SECONDS'),
        expect.stringContaining('SAFEGRID_JOBS_CONCURRENCY'),
      ] }),
    );
  });
});

describe('SAFEGRID_ALLOWED_ORIGINS', () => {
  it('is empty by default (the request’s own origin is the one allowed)', () => {
    expect(loadConfig({}).allowedOrigins).toEqual([]);
  });

  it('reads origins as browsers send them (lower-case host, no default port, no trailing slash)', () => {
    expect(loadConfig({ SAFEGRID_ALLOWED_ORIGINS: 'https://SafeGrid.example:443/, http://10.0.0.5:8080' }).allowedOrigins).toEqual(['https://safegrid.example', 'http://10.0.0.5:8080']);
  });

  it('refuses paths, other schemes and non-URLs, naming each', () => {
    let error: unknown;
    try {
      loadConfig({ SAFEGRID_ALLOWED_ORIGINS: 'https://a.example/app,ftp://b.example,safegrid' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(3);
  });
});

describe('SAFEGRID_SQLITE_CACHE_MIB', () => {
  it('defaults to a 16 MiB page cache and reads the environment', () => {
    expect(loadConfig({}).sqliteCacheMiB).toBe(16);
    expect(loadConfig({ SAFEGRID_SQLITE_CACHE_MIB: '64' }).sqliteCacheMiB).toBe(64);
  });

  it('refuses a cache of nothing or of no number, naming the variable', () => {
    for (const value of ['0', 'lots']) {
      expect(() => loadConfig({ SAFEGRID_SQLITE_CACHE_MIB: value })).toThrow(/SAFEGRID_SQLITE_CACHE_MIB/);
    }
  });
});
