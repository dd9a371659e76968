import { HazardEventResponse, HazardPage, HazardResponse, ListCountResponse } from '@safegrid/contracts';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { Type } from 'typebox';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';
import { multipartJpeg } from '../../testing/multipart.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const LUOYANG_POINT = { lng: 119.93, lat: 31.71, crs: 'wgs84' };

const report = (overrides: Record<string, unknown> = {}) => ({
  source: 'patrol',
  level: 'general',
  category: 'fire_lane',
  title: '消防车道被占用',
  description: '厂区北侧消防车道停放货车',
  sector: 'fire',
  location: HUTANG_POINT,
  ...overrides,
});

describeEachDialect('hazard routes', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  const post = (url: string, token: string, payload: unknown, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'POST', url, payload: payload as object, headers: { authorization: `Bearer ${token}`, ...headers } });
  const get = (url: string, token: string, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers } });

  it('walks a hazard through report → assign → submit → close with a timeline', async () => {
    const worker = await server.login('grid_worker');
    const town = await server.login('town');
    const created = expectResponse<HazardResponse>(await post('/api/v1/hazards', worker.token, report()), 201, HazardResponse);
    expect(created).toMatchObject({ status: 'reported', townCode: '320412100', availableActions: [] });

    const townView = expectResponse<HazardResponse>(await get(`/api/v1/hazards/${created.id}`, town.token), 200, HazardResponse);
    expect(townView.availableActions).toEqual(['assign', 'dismiss']);

    const assigned = await post(`/api/v1/hazards/${created.id}/actions`, town.token, { action: 'assign', deadline: '2026-03-05', assigneeId: worker.user.id });
    expect(expectResponse<HazardResponse>(assigned, 200, HazardResponse)).toMatchObject({ status: 'assigned', deadline: '2026-03-05' });

    const photo = await server.app.inject({
      method: 'POST', url: '/api/v1/photos', headers: { authorization: `Bearer ${worker.token}`, 'content-type': 'multipart/form-data; boundary=X' },
      payload: await multipartJpeg('X'),
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const photoId = (photo.json() as { id: string }).id;
    const submitted = await post(`/api/v1/hazards/${created.id}/actions`, worker.token, { action: 'submit', photoIds: [photoId], note: '车辆已移走' });
    expect(expectResponse<HazardResponse>(submitted, 200, HazardResponse).status).toBe('submitted');

    // 销号 needs review photos (ADR 0087): the town adds the one it took on the re-inspection.
    const reviewPhoto = await server.app.inject({
      method: 'POST', url: '/api/v1/photos', headers: { authorization: `Bearer ${town.token}`, 'content-type': 'multipart/form-data; boundary=X' },
      payload: await multipartJpeg('X'),
    });
    const closed = await post(`/api/v1/hazards/${created.id}/actions`, town.token, { action: 'close', photoIds: [(reviewPhoto.json() as { id: string }).id], note: '复查合格' });
    expect(expectResponse<HazardResponse>(closed, 200, HazardResponse)).toMatchObject({ status: 'closed', version: 4 });

    const events = expectResponse<HazardEventResponse[]>(await get(`/api/v1/hazards/${created.id}/events`, town.token), 200, Type.Array(HazardEventResponse));
    expect(events.map((event) => [event.action, event.toStatus, event.actorId])).toEqual([
      ['report', 'reported', worker.user.id],
      ['assign', 'assigned', town.user.id],
      ['submit', 'submitted', worker.user.id],
      ['close', 'closed', town.user.id],
    ]);
    expect(events[2]?.photoIds).toEqual([photoId]);
    // The evidence photo is readable by the town that verifies it.
    expect((await get(`/api/v1/photos/${photoId}/file?variant=thumbnail`, town.token)).headers['content-type']).toBe('image/webp');
  });

  it('answers 409 for an action not allowed in the state and 403 for one not allowed to the caller, changing nothing', async () => {
    const worker = await server.login('grid_worker');
    const town = await server.login('town');
    const created = (await post('/api/v1/hazards', worker.token, report())).json() as HazardResponse;
    const before = await databaseFingerprint(server.database);

    const conflict = expectProblem(await post(`/api/v1/hazards/${created.id}/actions`, town.token, { action: 'close' }), 409, 'hazard.action_not_allowed');
    expect(conflict.title).toBe('隐患当前状态不允许此操作');
    const forbidden = await post(`/api/v1/hazards/${created.id}/actions`, worker.token, { action: 'assign' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(expectProblem(forbidden, 403, 'hazard.refused_role').title).toBe('Your role may not take this action on this hazard');
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('hides another town’s hazard: 404 for reading and for acting', async () => {
    const luoyangTown = await server.login('town', { regionCode: '320412103' });
    const hutangWorker = await server.login('grid_worker');
    const hutangTown = await server.login('town');
    const created = (await post('/api/v1/hazards', luoyangTown.token, report({ location: LUOYANG_POINT }))).json() as HazardResponse;
    expect(created.townCode).toBe('320412103');
    expectProblem(await get(`/api/v1/hazards/${created.id}`, hutangWorker.token), 404, 'hazard.not_found');
    expectProblem(await get(`/api/v1/hazards/${created.id}/events`, hutangTown.token), 404, 'hazard.not_found');
    expectProblem(await post(`/api/v1/hazards/${created.id}/actions`, hutangTown.token, { action: 'dismiss', reason: 'not_true' }), 404, 'hazard.not_found');
    const page = expectResponse<HazardPage>(await get('/api/v1/hazards', hutangTown.token), 200, HazardPage);
    expect(page.items).toEqual([]);
  });

  it('requires the five-part plan before a major hazard is assigned, naming the missing parts', async () => {
    const town = await server.login('town');
    const created = (await post('/api/v1/hazards', town.token, report({ level: 'major', category: 'dust_explosion', sector: 'industry_trade' }))).json() as HazardResponse;
    const refused = await post(`/api/v1/hazards/${created.id}/actions`, town.token, { action: 'assign', plan: { measures: '加装泄爆装置' } });
    expectProblem(refused, 422, 'hazard.plan_incomplete', ['/plan/responsible', '/plan/funds', '/plan/deadline', '/plan/emergencyPlan']);
  });

  it('derives overdue and escalation from the clock and filters by them', async () => {
    const town = await server.login('town');
    const created = (await post('/api/v1/hazards', town.token, report())).json() as HazardResponse;
    await post(`/api/v1/hazards/${created.id}/actions`, town.token, { action: 'assign', deadline: '2026-03-03' });
    // Working days after Tuesday 3-03 (ADR 0063): 3-13 is the 8th, where the department level starts.
    server.clock.set('2026-03-13T02:00:00Z');
    // Sessions last 12 hours: log in again on the later day.
    const later = await server.login('town');
    const view = expectResponse<HazardResponse>(await get(`/api/v1/hazards/${created.id}`, later.token), 200, HazardResponse);
    expect(view).toMatchObject({ isOverdue: true, daysOverdue: 8, escalation: 'department', workingDaysLeft: null });
    const overdue = expectResponse<HazardPage>(await get('/api/v1/hazards?overdue=true', later.token), 200, HazardPage);
    expect(overdue.items.map((hazard) => hazard.id)).toEqual([created.id]);
    const notOverdue = expectResponse<HazardPage>(await get('/api/v1/hazards?overdue=false&status=assigned', later.token), 200, HazardPage);
    expect(notOverdue.items).toEqual([]);
  });

  it('honours an idempotency key: a retried report is stored once', async () => {
    const worker = await server.login('grid_worker');
    const headers = { 'idempotency-key': 'offline-report-0001' };
    const first = await post('/api/v1/hazards', worker.token, report(), headers);
    const retry = await post('/api/v1/hazards', worker.token, report(), headers);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect((retry.json() as HazardResponse).id).toBe((first.json() as HazardResponse).id);
    const page = (await get('/api/v1/hazards', worker.token)).json() as HazardPage;
    expect(page.items).toHaveLength(1);
    expectProblem(await post('/api/v1/hazards', worker.token, report({ title: '另一个隐患' }), headers), 409, 'idempotency.key_reused');
  });

  it('lists with filters kept and a cursor', async () => {
    const town = await server.login('town');
    for (let index = 0; index < 5; index += 1) await post('/api/v1/hazards', town.token, report({ title: `隐患${index}` }));
    await post('/api/v1/hazards', town.token, report({ title: '燃气泄漏', category: 'gas', sector: 'town_gas' }));
    const first = expectResponse<HazardPage>(await get('/api/v1/hazards?category=fire_lane&limit=3', town.token), 200, HazardPage);
    expect(first.items.map((hazard) => hazard.title)).toEqual(['隐患4', '隐患3', '隐患2']);
    const second = expectResponse<HazardPage>(await get(`/api/v1/hazards?category=fire_lane&limit=3&cursor=${first.nextCursor}`, town.token), 200, HazardPage);
    expect(second.items.map((hazard) => hazard.title)).toEqual(['隐患1', '隐患0']);
    expect(second.nextCursor).toBeNull();
    const search = expectResponse<HazardPage>(await get(`/api/v1/hazards?q=${encodeURIComponent('燃气')}`, town.token), 200, HazardPage);
    expect(search.items.map((hazard) => hazard.title)).toEqual(['燃气泄漏']);
  });

  it('counts the hazards of the list (共 N 条) with the same filters, in the caller’s scope only', async () => {
    const town = await server.login('town');
    const luoyangTown = await server.login('town', { regionCode: '320412103' });
    for (let index = 0; index < 3; index += 1) await post('/api/v1/hazards', town.token, report({ title: `隐患${index}` }));
    await post('/api/v1/hazards', town.token, report({ title: '燃气泄漏', category: 'gas', sector: 'town_gas' }));
    await post('/api/v1/hazards', luoyangTown.token, report({ location: LUOYANG_POINT }));
    const count = async (query: string, token = town.token) =>
      expectResponse<ListCountResponse>(await get(`/api/v1/hazards/count${query}`, token), 200, ListCountResponse);
    expect(await count('')).toEqual({ total: 4, capped: false });
    expect(await count('?category=fire_lane')).toEqual({ total: 3, capped: false });
    expect(await count('?status=reported&status=assigned')).toEqual({ total: 4, capped: false });
    expect(await count('?status=closed')).toEqual({ total: 0, capped: false });
    expect(await count(`?q=${encodeURIComponent('燃气')}`)).toEqual({ total: 1, capped: false });
    expect(await count('', luoyangTown.token)).toEqual({ total: 1, capped: false });
    const page = expectResponse<HazardPage>(await get('/api/v1/hazards?category=fire_lane', town.token), 200, HazardPage);
    expect(page.items).toHaveLength(3);
    expectProblem(await get('/api/v1/hazards/count?status=burning', town.token), 400, 'request.invalid', ['/query/status/0']);
    expectProblem(await get('/api/v1/hazards/count?limit=3', town.token), 400, 'request.invalid', ['/query/limit']);
  });

  it('shows each hazard’s unit by name on the list (issue 16)', async () => {
    const town = await server.login('town');
    const unit = await post('/api/v1/units', town.token, {
      name: '湖塘精工机械有限公司', kind: 'enterprise', address: '湖塘镇长虹路88号', location: HUTANG_POINT, riskTags: [], contacts: [],
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const unitId = (unit.json() as { id: string }).id;
    await post('/api/v1/hazards', town.token, report({ unitId, title: '有单位' }));
    await post('/api/v1/hazards', town.token, report({ title: '无单位' }));
    const page = expectResponse<HazardPage>(await get('/api/v1/hazards', town.token), 200, HazardPage);
    expect(page.items.map((hazard) => [hazard.title, hazard.unitName])).toEqual([['无单位', null], ['有单位', '湖塘精工机械有限公司']]);
  });

  it('sorts the list by deadline (most urgent first, none last) and by level, paging with cursors of that order (issue 16)', async () => {
    const town = await server.login('town');
    const created: Record<string, string> = {};
    for (const title of ['甲', '乙', '丙', '丁']) {
      created[title] = expectResponse<HazardResponse>(await post('/api/v1/hazards', town.token, report({ title, level: title === '丙' ? 'major' : 'general' })), 201, HazardResponse).id;
    }
    for (const [title, deadline] of [['甲', '2026-03-05'], ['乙', '2026-03-03'], ['丁', '2026-03-04']] as const) {
      expect((await post(`/api/v1/hazards/${created[title]}/actions`, town.token, { action: 'assign', deadline })).statusCode).toBe(200);
    }
    const titles = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/api/v1/hazards?sort=${sort}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page: HazardPage = expectResponse<HazardPage>(await get(query, town.token), 200, HazardPage);
        seen.push(...page.items.map((hazard) => hazard.title));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await titles('deadline_asc')).toEqual(['乙', '丁', '甲', '丙']);
    expect(await titles('deadline_desc')).toEqual(['甲', '丁', '乙', '丙']);
    expect(await titles('reported_desc')).toEqual(['丁', '丙', '乙', '甲']);
    expect(await titles('reported_asc')).toEqual(['甲', '乙', '丙', '丁']);
    expect((await titles('level_desc'))[0]).toBe('丙');
    expectProblem(await get('/api/v1/hazards?sort=urgency', town.token), 400, 'request.invalid', ['/query/sort']);
    const idCursor = expectResponse<HazardPage>(await get('/api/v1/hazards?limit=1', town.token), 200, HazardPage).nextCursor ?? '';
    expectProblem(await get(`/api/v1/hazards?sort=deadline_asc&cursor=${idCursor}`, town.token), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get('/api/v1/hazards/count?sort=deadline_asc', town.token), 400, 'request.invalid', ['/query/sort']);
  });
});
