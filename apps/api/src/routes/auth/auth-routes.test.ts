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
    expect(expectResponse<SessionResponse>(signedIn, 200, SessionResponse).user).toMatchObject({ id: user.id, role: 'town' });
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

  it('rate-limits login attempts', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) statuses.push((await login('someone', 'guess-guess')).statusCode);
    expect(statuses.slice(0, 4).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(-1)).toEqual([429]);
    expectProblem(await login('someone', 'guess-guess'), 429, 'request.rate_limited');
  });
});
