import { LockedAccountListResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, TEST_PASSWORD, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

describeEachDialect('locked accounts and unlock', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect, config: { SAFEGRID_LOGIN_LOCKOUT_FAILURES: '3', SAFEGRID_LOGIN_LOCKOUT_MINUTES: '30' } });
  });
  afterEach(async () => server.close());

  const login = (username: string, password: string) =>
    server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  const asUser = (token: string) => ({ authorization: `Bearer ${token}` });

  async function lockOut(username: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt += 1) await login(username, 'not-the-password');
  }

  it('lists locked accounts of the district to the district office, which unlocks them; recorded with who and when', async () => {
    const office = await server.login('district');
    const { user: worker } = await server.login('grid_worker', { username: 'worker-a' });
    await lockOut('worker-a');
    await lockOut('nobody-known');

    const listed = expectResponse<LockedAccountListResponse>(
      await server.app.inject({ method: 'GET', url: '/api/v1/users/locked', headers: asUser(office.token) }), 200, LockedAccountListResponse);
    const unlock = await server.app.inject({ method: 'POST', url: `/api/v1/users/${worker.id}/unlock`, headers: asUser(office.token) });

    expect(listed.items).toEqual([{ id: worker.id, username: 'worker-a', displayName: worker.displayName, role: 'grid_worker', regionCode: '320412100201', lockedUntil: '2026-03-02T02:30:00.000Z' }]);
    expect(unlock.statusCode).toBe(204);
    expect((await login('worker-a', TEST_PASSWORD)).statusCode).toBe(200);
    expect(await server.deps.logins.listLockEvents(worker.id)).toMatchObject([
      { kind: 'locked', actorUserId: null, at: '2026-03-02T02:00:00.000Z' },
      { kind: 'unlocked', actorUserId: office.user.id, actorUsername: office.user.username, at: '2026-03-02T02:00:00.000Z' },
    ]);
  });

  it('refuses other roles, and finds no account outside the district', async () => {
    const town = await server.login('town');
    const { user: worker } = await server.login('grid_worker', { username: 'worker-b' });
    await lockOut('worker-b');

    const department = await server.login('department');
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/users/locked', headers: asUser(department.token) }), 403, 'auth.forbidden');
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/users/locked', headers: asUser(town.token) }), 403, 'user.unlock_refused');
    expectProblem(await server.app.inject({ method: 'POST', url: `/api/v1/users/${worker.id}/unlock`, headers: asUser(town.token) }), 403, 'user.unlock_refused');
    const office = await server.login('district');
    expectProblem(await server.app.inject({ method: 'POST', url: '/api/v1/users/0190a000-0000-7000-8000-000000000000/unlock', headers: asUser(office.token) }), 404, 'user.not_found');
    expect((await login('worker-b', TEST_PASSWORD)).statusCode).toBe(423);
  });
});
