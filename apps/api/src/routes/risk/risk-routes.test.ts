import { ListCountResponse, PatrolUnitPage, PatrolWorkersResponse, RiskMapResponse, RiskOverviewResponse, RiskPolicyPreviewResponse, RiskPolicyResponse, UnitPage, UnitRiskResponse, type UnitResponse } from '@safegrid/contracts';
import { DEFAULT_RISK_GRADING_POLICY } from '@safegrid/core';
import { createJobRunner } from '@safegrid/platform';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };

describeEachDialect('risk routes', (dialect) => {
  let server: TestServer;
  let district: string;
  let town: string;
  let dusty: UnitResponse;
  let plain: UnitResponse;
  const send = (method: 'POST' | 'GET' | 'PUT' | 'DELETE', url: string, token: string, payload?: unknown, language = 'zh-CN') =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}`, 'accept-language': language } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: district } = await server.login('district'));
    ({ token: town } = await server.login('town'));
    dusty = (await send('POST', '/api/v1/units', town, { name: '湖塘铝材抛光厂', kind: 'enterprise', address: '地址', location: HUTANG_POINT, riskTags: ['dust'], dustKind: 'metal' })).json() as UnitResponse;
    plain = (await send('POST', '/api/v1/units', town, { name: '湖塘服装厂', kind: 'enterprise', address: '地址', location: HUTANG_POINT })).json() as UnitResponse;
  });
  afterAll(async () => server.close());
  const runJobs = () => createJobRunner({ deps: server.deps, leaseMs: 60_000, pollMs: 1_000, concurrency: 1, schedules: false }).drain();

  it('grades units when they are registered and explains the colour in the caller’s language', async () => {
    expect(dusty).toMatchObject({ riskLevel: 'orange', riskReasons: expect.arrayContaining([expect.objectContaining({ code: 'tag', text: '风险标签“涉粉尘”提高了事故后果严重程度' })]) });
    expect(plain.riskLevel).toBe('blue');
    const english = (await send('GET', `/api/v1/units/${dusty.id}`, town, undefined, 'en')).json() as UnitResponse;
    expect(english.riskReasons.find((reason) => reason.code === 'tag')?.text).toBe('Risk tag “combustible dust” makes an accident’s consequences more severe');
    const orange = expectResponse<UnitPage>(await send('GET', '/api/v1/units?riskLevel=orange&riskLevel=red', town), 200, UnitPage);
    expect(orange.items.map((unit) => unit.id)).toEqual([dusty.id]);
  });

  it('regrades on a reported hazard and lets the district override until expiry, with history', async () => {
    await send('POST', '/api/v1/hazards', town, { source: 'inspection', level: 'major', category: 'dust_explosion', title: '除尘器未泄爆', unitId: plain.id });
    // The report regrades through a job after its commit (ADR 0107): the old colour until the job ran.
    expect(((await send('GET', `/api/v1/units/${plain.id}`, town)).json() as UnitResponse).riskLevel).toBe('blue');
    await runJobs();
    expect(((await send('GET', `/api/v1/units/${plain.id}`, town)).json() as UnitResponse).riskLevel).toBe('orange');
    const overridden = expectResponse<UnitRiskResponse>(await send('PUT', `/api/v1/units/${dusty.id}/risk/override`, district, { level: 'red', reason: '节前挂牌督办', expiresOn: '2026-03-10' }), 200, UnitRiskResponse);
    expect(overridden).toMatchObject({ level: 'red', computedLevel: 'orange', override: { level: 'red', active: true, expiresOn: '2026-03-10' } });
    expect(overridden.reasons[0]).toMatchObject({ code: 'override', text: '区安委办调整为重大风险（红）（节前挂牌督办），有效期至 2026-03-10' });
    expect(overridden.history.map((entry) => entry.kind)).toEqual(['computed', 'override_set']);
    expect(((await send('GET', '/api/v1/units?riskLevel=red', town)).json() as UnitPage).items.map((unit) => unit.id)).toEqual([dusty.id]);
    // 2026-03-10T16:00Z is 03-11 00:00 in Shanghai: the override has run out (sessions too: log in again).
    server.clock.set('2026-03-10T16:00:00Z');
    const later = await server.login('town');
    expect(((await send('GET', `/api/v1/units/${dusty.id}`, later.token)).json() as UnitResponse).riskLevel).toBe('orange');
    expect(((await send('GET', '/api/v1/units?riskLevel=red', later.token)).json() as UnitPage).items).toEqual([]);
    server.clock.set('2026-03-02T02:00:00Z');
    const cleared = expectResponse<UnitRiskResponse>(await send('DELETE', `/api/v1/units/${dusty.id}/risk/override`, district), 200, UnitRiskResponse);
    expect(cleared).toMatchObject({ level: 'orange', override: null });
  });

  it('keeps overrides and the method to the district office, and refuses bad settings without writing', async () => {
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const grid = await server.login('grid_worker');
    const cases: [string, string, string, unknown, number, string, string[]?][] = [
      ['PUT', `/api/v1/units/${dusty.id}/risk/override`, town, { level: 'blue', reason: '整改完成', expiresOn: '2026-04-01' }, 403, 'risk.manage_refused'],
      ['PUT', `/api/v1/units/${dusty.id}/risk/override`, grid.token, { level: 'blue', reason: '整改完成', expiresOn: '2026-04-01' }, 403, 'auth.forbidden'],
      ['PUT', `/api/v1/units/${dusty.id}/risk/override`, district, { level: 'purple', reason: '', expiresOn: '2026-13-01' }, 400, 'request.invalid', ['/level', '/reason', '/expiresOn']],
      ['PUT', `/api/v1/units/${dusty.id}/risk/override`, district, { level: 'blue', reason: '整改完成', expiresOn: '2026-03-01' }, 422, 'request.invalid', ['/expiresOn']],
      ['DELETE', `/api/v1/units/${dusty.id}/risk/override`, district, undefined, 409, 'risk.no_override'],
      ['PUT', '/api/v1/risk/policy', district, { ...DEFAULT_RISK_GRADING_POLICY, lecBands: { red: 70, orange: 160, yellow: 20 } }, 422, 'request.invalid', ['/lecBands']],
      ['PUT', '/api/v1/risk/policy', district, { ...DEFAULT_RISK_GRADING_POLICY, method: 'guess' }, 400, 'request.invalid', ['/method']],
      ['GET', `/api/v1/units/${dusty.id}/risk`, luoyang.token, undefined, 404, 'unit.not_found'],
    ];
    for (const [method, url, token, payload, status, code, paths] of cases) {
      const before = await databaseFingerprint(server.database);
      expectProblem(await send(method as 'PUT', url, token, payload), status, code, paths);
      expect(await databaseFingerprint(server.database)).toBe(before);
    }
  });

  it('switches the district to the risk matrix and regrades every unit', async () => {
    const policy = expectResponse<RiskPolicyResponse>(await send('PUT', '/api/v1/risk/policy', district, { ...DEFAULT_RISK_GRADING_POLICY, method: 'ls' }), 200, RiskPolicyResponse);
    expect(policy.method).toBe('ls');
    const risk = expectResponse<UnitRiskResponse>(await send('GET', `/api/v1/units/${dusty.id}/risk`, town), 200, UnitRiskResponse);
    expect(risk).toMatchObject({ method: 'ls', level: 'yellow', factors: { likelihood: 2, severity: 5 } });
    await send('PUT', '/api/v1/risk/policy', district, DEFAULT_RISK_GRADING_POLICY);
    expect(((await send('GET', '/api/v1/risk/policy', town)).json() as RiskPolicyResponse).method).toBe('lec');
  });

  it('previews the colours proposed settings would give without saving them, matching what the save then does', async () => {
    const proposed = { ...DEFAULT_RISK_GRADING_POLICY, method: 'ls' };
    const untouched = await databaseFingerprint(server.database);
    const preview = expectResponse<RiskPolicyPreviewResponse>(await send('POST', '/api/v1/risk/policy/preview', district, proposed), 200, RiskPolicyPreviewResponse);
    expect(await databaseFingerprint(server.database)).toBe(untouched);
    expect(preview.graded).toBe(2);
    expect(preview.before).toMatchObject({ orange: 2, ungraded: 0 });
    expect(preview.after.yellow).toBeGreaterThanOrEqual(1);
    expect(preview.changed).toBe(2 - preview.after.orange);
    await send('PUT', '/api/v1/risk/policy', district, proposed);
    const overview = expectResponse<RiskOverviewResponse>(await send('GET', '/api/v1/risk/overview', district), 200, RiskOverviewResponse);
    expect(overview.byLevel).toEqual(preview.after);
    expectProblem(await send('POST', '/api/v1/risk/policy/preview', town, proposed), 403, 'risk.manage_refused');
    expectProblem(await send('POST', '/api/v1/risk/policy/preview', district, { ...proposed, lsBands: { red: 1, orange: 9, yellow: 3 } }), 422, 'request.invalid', ['/lsBands']);
    await send('PUT', '/api/v1/risk/policy', district, DEFAULT_RISK_GRADING_POLICY);
  });

  it('counts colours for the dashboard and map in scope, and lists patrols per grid worker', async () => {
    const overview = expectResponse<RiskOverviewResponse>(await send('GET', '/api/v1/risk/overview', district), 200, RiskOverviewResponse);
    expect(overview).toMatchObject({ total: 2, byLevel: { orange: 2, blue: 0, ungraded: 0 }, byTown: [{ townCode: '320412100', townName: '湖塘镇', orange: 2 }] });
    const luoyang = await server.login('town', { regionCode: '320412103' });
    expect(((await send('GET', '/api/v1/risk/overview', luoyang.token)).json() as RiskOverviewResponse).total).toBe(0);
    const map = expectResponse<RiskMapResponse>(await send('GET', '/api/v1/risk/map?level=orange', town), 200, RiskMapResponse);
    expect(map.map((point) => point.name).sort()).toEqual(['湖塘服装厂', '湖塘铝材抛光厂'].sort());
    const worker = await server.login('grid_worker');
    const workers = expectResponse<PatrolWorkersResponse>(await send('GET', '/api/v1/patrols/workers', town), 200, PatrolWorkersResponse);
    expect(workers.find((entry) => entry.userId === worker.user.id)).toMatchObject({ late: 0, due: 0, ok: 2 });
    const mine = expectResponse<PatrolUnitPage>(await send('GET', '/api/v1/patrols?state=ok', worker.token), 200, PatrolUnitPage);
    expect(mine.items.map((item) => item.patrol)).toEqual([
      expect.objectContaining({ level: 'orange', intervalDays: 90, state: 'ok' }), expect.objectContaining({ level: 'orange', intervalDays: 90, state: 'ok' }),
    ]);
    expect(((await send('GET', '/api/v1/patrols', worker.token)).json() as PatrolUnitPage).items).toEqual([]);
  });

  it('counts the patrol list (共 N 条) for the same worker and states, in the caller’s scope only', async () => {
    const worker = await server.login('grid_worker');
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const listed = async (query: string, token: string) => expectResponse<PatrolUnitPage>(await send('GET', `/api/v1/patrols?limit=200${query}`, token), 200, PatrolUnitPage).items.length;
    const counted = async (query: string, token: string) => expectResponse<ListCountResponse>(await send('GET', `/api/v1/patrols/count${query.replace('&', '?')}`, token), 200, ListCountResponse);
    const cases: [string, string][] = [
      ['&state=ok', worker.token], ['', worker.token], ['&state=ok&state=late', worker.token],
      [`&gridWorkerId=${worker.user.id}&state=ok`, town], [`&gridWorkerId=${worker.user.id}&state=ok`, district], [`&gridWorkerId=${worker.user.id}&state=ok`, luoyang.token],
    ];
    for (const [query, token] of cases) expect(await counted(query, token), query).toEqual({ total: await listed(query, token), capped: false });
    expect(await counted('&state=ok', worker.token)).toEqual({ total: 2, capped: false });
    expect(await counted(`&gridWorkerId=${worker.user.id}&state=ok`, luoyang.token)).toEqual({ total: 0, capped: false });
    expectProblem(await send('GET', '/api/v1/patrols/count?limit=3', worker.token), 400, 'request.invalid', ['/query/limit']);
  });

  it('sorts the patrol list by due date, name (pinyin) and last visit, pages each order once through, and refuses foreign cursors (issue 16)', async () => {
    for (const [at, name] of [['2026-01-05T02:00:00Z', '张家五金店'], ['2026-02-10T02:00:00Z', '安全机械厂']] as const) {
      server.clock.set(at);
      const { token } = await server.login('town');
      await send('POST', '/api/v1/units', token, { name, kind: 'enterprise', address: '地址', location: HUTANG_POINT });
    }
    server.clock.set('2026-03-02T02:00:00Z');
    const { token } = await server.login('town');
    const states = '&state=late&state=due&state=ok';
    const pages = async (sort: string, limit: number) => {
      const seen: PatrolUnitPage['items'] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/patrols?sort=${sort}&limit=${limit}${states}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page: PatrolUnitPage = expectResponse<PatrolUnitPage>(await send('GET', url, token), 200, PatrolUnitPage);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const all = await pages('due_asc', 200);
    expect(all).toHaveLength(4);
    expect(await pages('name_asc', 1).then((items) => items.map((item) => item.name))).toEqual(['安全机械厂', '湖塘服装厂', '湖塘铝材抛光厂', '张家五金店']);
    expect(await pages('name_desc', 3).then((items) => items.map((item) => item.name))).toEqual(['张家五金店', '湖塘铝材抛光厂', '湖塘服装厂', '安全机械厂']);
    const csv = await send('GET', `/api/v1/patrols/export?format=csv&sort=name_desc${states}`, token);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split(/\r?\n/u).flatMap((line) => /^"?(张家五金店|湖塘铝材抛光厂|湖塘服装厂|安全机械厂)/u.exec(line)?.[1] ?? []))
      .toEqual(['张家五金店', '湖塘铝材抛光厂', '湖塘服装厂', '安全机械厂']);
    const byDue = (await pages('due_asc', 1)).map((item) => `${item.patrol.dueOn} ${item.unitId}`);
    expect(byDue).toEqual([...byDue].sort());
    expect((await pages('due_desc', 2)).map((item) => `${item.patrol.dueOn} ${item.unitId}`)).toEqual([...byDue].reverse());
    // Last visit: latest first (or earliest), units never visited last both ways, ties by id.
    const visit = (item: PatrolUnitPage['items'][number]) => item.patrol.lastVisitedOn;
    const visited = (direction: 1 | -1) => [...all].sort((a, b) => {
      const [left, right] = [visit(a), visit(b)];
      if (left !== right && (left === null || right === null)) return left === null ? 1 : -1;
      return direction * ((left ?? '').localeCompare(right ?? '') || (a.unitId < b.unitId ? -1 : 1));
    }).map((item) => item.unitId);
    expect(all.some((item) => visit(item) === null)).toBe(true);
    expect((await pages('visited_asc', 1)).map((item) => item.unitId)).toEqual(visited(1));
    expect((await pages('visited_desc', 3)).map((item) => item.unitId)).toEqual(visited(-1));
    // Without a sort the list keeps its first order: most overdue first.
    expect(expectResponse<PatrolUnitPage>(await send('GET', `/api/v1/patrols?limit=200${states}`, token), 200, PatrolUnitPage).items).toEqual(all);

    const byName = expectResponse<PatrolUnitPage>(await send('GET', `/api/v1/patrols?sort=name_asc&limit=1${states}`, token), 200, PatrolUnitPage).nextCursor ?? '';
    const byDefault = expectResponse<PatrolUnitPage>(await send('GET', `/api/v1/patrols?limit=1${states}`, token), 200, PatrolUnitPage).nextCursor ?? '';
    expectProblem(await send('GET', `/api/v1/patrols?sort=visited_desc&cursor=${byName}${states}`, token), 422, 'request.invalid', ['/cursor']);
    expectProblem(await send('GET', `/api/v1/patrols?sort=name_asc&cursor=${byDefault}${states}`, token), 422, 'request.invalid', ['/cursor']);
    expectProblem(await send('GET', `/api/v1/patrols?cursor=${encodeURIComponent(byName)}${states}`, token), 422, 'request.invalid', ['/cursor']);
    expectProblem(await send('GET', '/api/v1/patrols?sort=urgency', token), 400, 'request.invalid', ['/query/sort']);
    expectProblem(await send('GET', '/api/v1/patrols/count?sort=name_asc', token), 400, 'request.invalid', ['/query/sort']);
  });
});
