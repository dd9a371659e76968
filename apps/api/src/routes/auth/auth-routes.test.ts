import { LoginResponse, SessionResponse, UserResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, TEST_PASSWORD, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

describeEachDialect('auth routes', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect, config: { SAFEGRID_LOGIN_ATTEMPTS_PER_MINUTE: '5' } });
  });
  afterEach(async () => server.close());

  const login = (username: string, password: string) =>
    server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('returns a token and sets an httpOnly session cookie that authenticates', async () => {
    const { user } = await server.login('town', { username: 'hutang' });
    const response = await login('hutang', TEST_PASSWORD);
    const body = expectResponse<LoginResponse>(response, 200, LoginResponse);
    expect(body.user).toMatchObject({ id: user.id, role: 'town', scope: { regionCode: '320412100' } });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/safegrid_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const sessionCookie = cookie.split(';')[0] ?? '';
    const me = await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: sessionCookie } });
    expect(expectResponse<UserResponse>(me, 200, UserResponse).username).toBe('hutang');
    const bearer = await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${body.token}` } });
    expect(bearer.statusCode).toBe(200);
  });

  it('answers 401 alike for an unknown user and a wrong password', async () => {
    await server.login('town', { username: 'hutang' });
    const wrong = expectProblem(await login('hutang', 'not-the-password'), 401, 'auth.invalid_credentials');
    const unknown = expectProblem(await login('nobody', 'whatever-password'), 401, 'auth.invalid_credentials');
    expect(wrong.title).toBe(unknown.title);
  });

  it('tells a starting web app who is signed in, or nobody, without a 401', async () => {
    const { token, user } = await server.login('town');
    const anonymous = await server.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(expectResponse<SessionResponse>(anonymous, 200, SessionResponse)).toEqual({ user: null });
    expect(anonymous.headers['cache-control']).toBe('no-store');
    const signedIn = await server.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { authorization: `Bearer ${token}` } });
    const town = expectResponse<SessionResponse>(signedIn, 200, SessionResponse).user;
    expect(town).toMatchObject({ id: user.id, role: 'town' });
    // The permissions are core's answer for this account: a town office runs campaigns but does not
    // set the district's risk grading, checklists, jobs or accounts.
    expect(town?.permissions).toContain('campaign.manage');
    for (const permission of ['risk.manage', 'checklist.manage', 'job.read', 'user.manage']) expect(town?.permissions).not.toContain(permission);
    const office = await server.login('district');
    const officeSession = await server.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { authorization: `Bearer ${office.token}` } });
    expect(expectResponse<SessionResponse>(officeSession, 200, SessionResponse).user?.permissions).toEqual(expect.arrayContaining(['risk.manage', 'checklist.manage', 'job.read', 'user.manage']));
  });

  it('ends the session on logout', async () => {
    const { token } = await server.login('town');
    const logout = await server.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${token}` } });
    expect(logout.statusCode).toBe(204);
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } }), 401, 'auth.unauthenticated');
  });

  it('expires sessions after the configured hours', async () => {
    const { token } = await server.login('town');
    server.clock.advance(13 * 3_600_000);
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } }), 401, 'auth.unauthenticated');
  });

  it('limits attempts per client address across usernames, however X-Forwarded-For rotates (trustProxy off)', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await server.app.inject({
        method: 'POST', url: '/api/v1/auth/login', payload: { username: `someone${attempt}`, password: 'guess-guess' },
        headers: { 'x-forwarded-for': `203.0.113.${attempt}` },
      });
      statuses.push(response.statusCode);
    }
    const refused = await server.app.inject({
      method: 'POST', url: '/api/v1/auth/login', payload: { username: 'someone9', password: 'guess-guess' },
      headers: { 'x-forwarded-for': '203.0.113.99', 'accept-language': 'en' },
    });

    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const problem = expectProblem(refused, 429, 'auth.too_many_attempts');
    expect(refused.headers['retry-after']).toBe('60');
    expect(problem.retryAfterSeconds).toBe(60);
    expect(problem.title).toBe('Too many log-in attempts; try again in 60 seconds');
  });

  it('locks an account after repeated wrong passwords with its end in the message, and an unknown name alike', async () => {
    await server.login('town', { username: 'hutang' });
    server.clock.advance(60_000); // the test log-in counted against this address's minute
    const answers = async (username: string) => {
      const problems = [];
      for (let attempt = 0; attempt < 5; attempt += 1) problems.push(await login(username, 'not-the-password'));
      return problems;
    };

    const real = await answers('hutang');
    server.clock.advance(60_000);
    const unknown = await answers('nobody');
    server.clock.advance(60_000);
    const rightPassword = await login('hutang', TEST_PASSWORD);

    expect(real.map((response) => response.statusCode)).toEqual([401, 401, 401, 401, 423]);
    expect(unknown.map((response) => response.statusCode)).toEqual([401, 401, 401, 401, 423]);
    const locked = expectProblem(rightPassword, 423, 'auth.account_locked');
    expect(locked.lockedUntil).toBe('2026-03-02T02:16:00.000Z');
    expect(rightPassword.headers['retry-after']).toBe(String(13 * 60));
    expect(locked.title).toBe('该账户因多次密码错误已被锁定，至 2026-03-02 10:16（北京时间）解除；也可请区安委办解锁');
    server.clock.advance(13 * 60_000);
    expect((await login('hutang', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describeEachDialect('auth routes behind a trusted proxy', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect, config: { SAFEGRID_LOGIN_ATTEMPTS_PER_MINUTE: '2', SAFEGRID_TRUST_PROXY: 'loopback' } });
  });
  afterEach(async () => server.close());

  it('counts attempts per forwarded client address when the proxy is trusted', async () => {
    const attempt = (username: string, client: string) => server.app.inject({
      method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'guess-guess' }, headers: { 'x-forwarded-for': client },
    });
    const statuses = [];
    for (const [username, client] of [['a1', '198.51.100.1'], ['a2', '198.51.100.1'], ['a3', '198.51.100.1'], ['a4', '198.51.100.2']] as const) {
      statuses.push((await attempt(username, client)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 429, 401]);
  });
});
