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
