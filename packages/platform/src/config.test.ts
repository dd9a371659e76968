import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

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
