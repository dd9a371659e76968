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
