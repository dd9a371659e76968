import { AccountListResponse, AccountResponse, AccountWithPasswordResponse, LoginResponse, type UserResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, TEST_PASSWORD, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG = '320412100';
const LUOYANG = '320412103';

describeEachDialect('account administration, password resets and changes', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  const asUser = (token: string) => ({ authorization: `Bearer ${token}` });
  const login = (username: string, password: string) =>
    server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  const grids = async () => server.deps.regions.listGrids('320412');

  async function auditedRows(userId: string): Promise<Record<string, unknown>[]> {
    const result = await sql<{ content: string }>`select content from audit_log where source_table = 'users' and source_id = ${userId} order by seq`.execute(server.database.db);
    return result.rows.map((row) => JSON.parse(row.content) as Record<string, unknown>);
  }

  it('the district office creates a grid worker with a one-time password; the worker must change it before anything else', async () => {
    const office = await server.login('district');
    const [hutangGrid] = await grids();
    const created = expectResponse<AccountWithPasswordResponse>(await server.app.inject({
      method: 'POST', url: '/api/v1/users', headers: asUser(office.token),
      payload: { username: 'zhang.wei', displayName: '张伟', role: 'grid_worker', regionCode: `${HUTANG}201`, gridIds: [hutangGrid?.id], phone: '13900001111' },
    }), 201, AccountWithPasswordResponse);
    expect(created.account).toMatchObject({ username: 'zhang.wei', role: 'grid_worker', status: 'active', mustChangePassword: true, scope: { gridIds: [hutangGrid?.id] } });
    expect(created.oneTimePassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);

    const loggedIn = expectResponse<LoginResponse>(await login('zhang.wei', created.oneTimePassword), 200, LoginResponse);
    expect(loggedIn.user.mustChangePassword).toBe(true);
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/hazards', headers: asUser(loggedIn.token) }), 403, 'auth.password_change_required');
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: asUser(loggedIn.token) })).statusCode).toBe(200);

    const weak = await server.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: asUser(loggedIn.token), payload: { currentPassword: created.oneTimePassword, newPassword: 'aazhang.wei' } });
    const problem = expectProblem(weak, 422, 'request.invalid', ['/newPassword', '/newPassword']);
    expect(problem.errors?.map((error) => error.code).sort()).toEqual(['password_classes', 'password_contains_username']);
    expectProblem(await server.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: asUser(loggedIn.token), payload: { currentPassword: 'wrong-one', newPassword: 'Hutang-Patrol-2026' } }), 422, 'request.invalid', ['/currentPassword']);

    const changed = await server.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: asUser(loggedIn.token), payload: { currentPassword: created.oneTimePassword, newPassword: 'Hutang-Patrol-2026' } });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/hazards', headers: asUser(loggedIn.token) })).statusCode).toBe(200);
    expect((await login('zhang.wei', created.oneTimePassword)).statusCode).toBe(401);
    expect((await login('zhang.wei', 'Hutang-Patrol-2026')).statusCode).toBe(200);

    const rows = await auditedRows(created.account.id);
    expect(rows.map((row) => [row.must_change_password, row.updated_by])).toEqual([[1, office.user.username], [0, 'zhang.wei']]);
    expect((await server.deps.audit.verify('320412')).ok).toBe(true);
  });

  it('resets a password (sessions end, change forced), deactivates (sessions end, log-in refused) and reactivates; each audited', async () => {
    const office = await server.login('district');
    const worker = await server.login('grid_worker', { username: 'li.na' });
    const reset = expectResponse<AccountWithPasswordResponse>(
      await server.app.inject({ method: 'POST', url: `/api/v1/users/${worker.user.id}/reset-password`, headers: asUser(office.token) }), 200, AccountWithPasswordResponse);
    expect(reset.account.mustChangePassword).toBe(true);
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: asUser(worker.token) }), 401, 'auth.unauthenticated');
    expect((await login('li.na', TEST_PASSWORD)).statusCode).toBe(401);
    const again = (await login('li.na', reset.oneTimePassword)).json() as { token: string; user: UserResponse };
    expect(again.user.mustChangePassword).toBe(true);

    const deactivated = expectResponse<AccountResponse>(
      await server.app.inject({ method: 'POST', url: `/api/v1/users/${worker.user.id}/deactivate`, headers: asUser(office.token) }), 200, AccountResponse);
    expect(deactivated.status).toBe('disabled');
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: asUser(again.token) }), 401, 'auth.unauthenticated');
    expect((await login('li.na', reset.oneTimePassword)).statusCode).toBe(401);

    const reactivated = expectResponse<AccountResponse>(
      await server.app.inject({ method: 'POST', url: `/api/v1/users/${worker.user.id}/reactivate`, headers: asUser(office.token) }), 200, AccountResponse);
    expect(reactivated.status).toBe('active');
    expect((await login('li.na', reset.oneTimePassword)).statusCode).toBe(200);
    expectProblem(await server.app.inject({ method: 'POST', url: `/api/v1/users/${office.user.id}/deactivate`, headers: asUser(office.token) }), 422, 'user.cannot_deactivate_self');

    const rows = await auditedRows(worker.user.id);
    expect(rows.map((row) => [row.status, row.must_change_password, row.updated_by])).toEqual([
      ['active', 0, 'system'], ['active', 1, office.user.username], ['disabled', 1, office.user.username], ['active', 1, office.user.username],
    ]);
  });

  it('lists and searches accounts (pinyin, full-width, spaces), filters by role and status, and pages with a total', async () => {
    const office = await server.login('district');
    const [hutangGrid] = await grids();
    for (const [username, displayName] of [['wang.qiang', '王强'], ['wang.fang', '王芳'], ['chen.jie', '陈杰']] as const) {
      await server.app.inject({ method: 'POST', url: '/api/v1/users', headers: asUser(office.token), payload: { username, displayName, role: 'grid_worker', regionCode: HUTANG, gridIds: [hutangGrid?.id] } });
    }
    const list = async (query: string) => expectResponse<AccountListResponse>(
      await server.app.inject({ method: 'GET', url: `/api/v1/users?${query}`, headers: asUser(office.token) }), 200, AccountListResponse);

    expect((await list('q=wang')).items.map((item) => item.username)).toEqual(['wang.fang', 'wang.qiang']);
    expect((await list(`q=${encodeURIComponent('王 芳')}`)).items.map((item) => item.username)).toEqual(['wang.fang']);
    expect((await list('q=wq')).items.map((item) => item.username)).toEqual(['wang.qiang']);
    expect((await list(`q=${encodeURIComponent('ＣＨＥＮ')}`)).items.map((item) => item.username)).toEqual(['chen.jie']);
    const paged = await list('role=grid_worker&pageSize=2&page=2');
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items.map((item) => item.username)).toEqual(['wang.qiang']);
    expect((await list('status=disabled')).total).toBe(0);
    expect((await list('')).total).toBe(4);
  });

  it('shows which listed accounts log in with a second factor (双因素认证): enabled only, not a pending enrolment', async () => {
    const office = await server.login('district');
    const [hutangGrid] = await grids();
    const created: Record<string, string> = {};
    for (const username of ['li.ming', 'zhao.lei', 'sun.li']) {
      const answer = await server.app.inject({ method: 'POST', url: '/api/v1/users', headers: asUser(office.token), payload: { username, displayName: username, role: 'grid_worker', regionCode: HUTANG, gridIds: [hutangGrid?.id] } });
      created[username] = expectResponse<AccountWithPasswordResponse>(answer, 201, AccountWithPasswordResponse).account.id;
    }
    const at = '2026-03-01T00:00:00.000Z';
    await server.deps.twoFactor.save({ userId: created['li.ming'] ?? '', districtCode: '320412', secret: 'JBSWY3DPEHPK3PXP', status: 'enabled', createdAt: at, enabledAt: at, lastUsedStep: null });
    await server.deps.twoFactor.save({ userId: created['zhao.lei'] ?? '', districtCode: '320412', secret: 'JBSWY3DPEHPK3PXP', status: 'pending', createdAt: at, enabledAt: null, lastUsedStep: null });
    const listed = expectResponse<AccountListResponse>(await server.app.inject({ method: 'GET', url: '/api/v1/users?role=grid_worker', headers: asUser(office.token) }), 200, AccountListResponse);
    expect(Object.fromEntries(listed.items.map((item) => [item.username, item.twoFactorEnabled]))).toEqual({ 'li.ming': true, 'zhao.lei': false, 'sun.li': false });
    const luoyang = await server.login('town', { regionCode: LUOYANG });
    const townList = expectResponse<AccountListResponse>(await server.app.inject({ method: 'GET', url: '/api/v1/users', headers: asUser(luoyang.token) }), 200, AccountListResponse);
    expect(townList.items.map((item) => item.username)).not.toContain('li.ming');
  });

  it('refuses weak input with field errors in Chinese or English, and changes nothing', async () => {
    const office = await server.login('district');
    const bad = await server.app.inject({
      method: 'POST', url: '/api/v1/users', headers: { ...asUser(office.token), 'accept-language': 'zh-CN' },
      payload: { username: 'Bad Name', displayName: '  ', role: 'grid_worker' },
    });
    const problem = expectProblem(bad, 422, 'request.invalid', ['/displayName', '/gridIds', '/username']);
    expect(problem.errors?.find((error) => error.path === '/gridIds')?.message).toBe('请填写负责网格');
    const town = await server.app.inject({
      method: 'POST', url: '/api/v1/users', headers: { ...asUser(office.token), 'accept-language': 'en' },
      payload: { username: 'town.admin', displayName: 'Town', role: 'town', regionCode: '320412' },
    });
    expectProblem(town, 422, 'request.invalid', ['/regionCode']);
    const change = await server.app.inject({
      method: 'POST', url: '/api/v1/auth/password', headers: { ...asUser(office.token), 'accept-language': 'zh-CN' },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short1A' },
    });
    expect(expectProblem(change, 422, 'request.invalid', ['/newPassword']).errors?.[0]?.message).toBe('新密码：至少 10 位');
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/users', headers: asUser(office.token) })).json()).toMatchObject({ total: 1 });
  });

  it('gives a department account its 所属部门, with no sectors of its own if it only co-follows, and names the field when it is missing', async () => {
    const office = await server.login('district');
    const created = expectResponse<AccountWithPasswordResponse>(await server.app.inject({
      method: 'POST', url: '/api/v1/users', headers: asUser(office.token),
      payload: { username: 'gongan.office', displayName: '公安分局', role: 'department', department: 'public_security' },
    }), 201, AccountWithPasswordResponse);
    expect(created.account.scope).toEqual({ regionCode: '320412', gridIds: [], sectors: [], unitId: null, department: 'public_security' });
    // Its session names the sectors 公安 co-follows in the default table (群租房 among them), for the web's sector choices.
    const session = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'gongan.office', password: created.oneTimePassword } });
    expect(session.statusCode).toBe(200);
    expect((session.json() as { user: { followedSectors?: string[] } }).user.followedSectors)
      .toEqual(['hazardous_chemicals', 'fire', 'group_rental', 'road_transport']);
    const moved = expectResponse<AccountResponse>(await server.app.inject({
      method: 'PATCH', url: `/api/v1/users/${created.account.id}`, headers: asUser(office.token), payload: { department: 'fire', sectors: ['fire'] },
    }), 200, AccountResponse);
    expect(moved.scope).toMatchObject({ sectors: ['fire'], department: 'fire' });
    // Changing the role away from department clears it.
    const worker = expectResponse<AccountResponse>(await server.app.inject({
      method: 'PATCH', url: `/api/v1/users/${created.account.id}`, headers: asUser(office.token), payload: { role: 'grid_worker', gridIds: [(await grids())[0]?.id] },
    }), 200, AccountResponse);
    expect(worker.scope.department).toBeNull();

    for (const [language, message] of [['zh-CN', '请填写所属部门'], ['en', 'Department is required']] as const) {
      const missing = await server.app.inject({
        method: 'POST', url: '/api/v1/users', headers: { ...asUser(office.token), 'accept-language': language },
        payload: { username: 'nobody.office', displayName: '无部门', role: 'department' },
      });
      expect(expectProblem(missing, 422, 'request.invalid', ['/department']).errors?.[0]?.message).toBe(message);
    }
    expectProblem(await server.app.inject({
      method: 'PATCH', url: `/api/v1/users/${created.account.id}`, headers: asUser(office.token), payload: { role: 'department', department: null },
    }), 422, 'request.invalid', ['/department']);
  });

  it('a town administers only its own grid workers and enterprise users; others are not found, other roles refused', async () => {
    const town = await server.login('town');
    const office = await server.login('district');
    const [hutangGrid, luoyangGrid] = await grids();
    expect(hutangGrid?.townCode).toBe(HUTANG);
    const own = expectResponse<AccountWithPasswordResponse>(await server.app.inject({
      method: 'POST', url: '/api/v1/users', headers: asUser(town.token),
      payload: { username: 'ht.worker', displayName: '湖塘网格员', role: 'grid_worker', gridIds: [hutangGrid?.id] },
    }), 201, AccountWithPasswordResponse);
    expect(own.account.scope.regionCode).toBe(HUTANG);
    expectProblem(await server.app.inject({
      method: 'POST', url: '/api/v1/users', headers: asUser(town.token),
      payload: { username: 'ly.worker', displayName: '洛阳网格员', role: 'grid_worker', gridIds: [luoyangGrid?.id] },
    }), 422, 'request.invalid', ['/gridIds/0']);
    expectProblem(await server.app.inject({
      method: 'POST', url: '/api/v1/users', headers: asUser(town.token),
      payload: { username: 'ht.office', displayName: '湖塘干部', role: 'department', sectors: ['fire'] },
    }), 422, 'request.invalid', ['/role']);

    const other = await server.login('grid_worker', { username: 'ly.other', regionCode: `${LUOYANG}201`, gridIds: [luoyangGrid?.id ?? ''] });
    for (const [method, path] of [['GET', ''], ['PATCH', ''], ['POST', '/reset-password'], ['POST', '/deactivate']] as const) {
      expectProblem(await server.app.inject({
        method, url: `/api/v1/users/${other.user.id}${path}`, headers: asUser(town.token), ...(method === 'PATCH' ? { payload: { displayName: 'x' } } : {}),
      }), 404, 'user.not_found');
    }
    expectProblem(await server.app.inject({ method: 'POST', url: `/api/v1/users/${office.user.id}/reset-password`, headers: asUser(town.token) }), 404, 'user.not_found');
    const listed = (await server.app.inject({ method: 'GET', url: '/api/v1/users', headers: asUser(town.token) })).json() as AccountListResponse;
    expect(listed.items.map((item) => item.username)).toEqual(['ht.worker']);

    const renamed = expectResponse<AccountResponse>(await server.app.inject({
      method: 'PATCH', url: `/api/v1/users/${own.account.id}`, headers: asUser(town.token), payload: { displayName: '湖塘网格员甲', phone: '13900002222' },
    }), 200, AccountResponse);
    expect(renamed).toMatchObject({ displayName: '湖塘网格员甲', phone: '13900002222', role: 'grid_worker' });

    const department = await server.login('department');
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/users', headers: asUser(department.token) }), 403, 'auth.forbidden');
    const townOfficeOfDistrict = await server.login('district', { regionCode: HUTANG });
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/users', headers: asUser(townOfficeOfDistrict.token) }), 403, 'user.manage_refused');
  });
});
