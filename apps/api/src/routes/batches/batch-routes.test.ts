import { BatchAssignHazardsResponse, BatchDecideTenantReviewsResponse, HazardResponse, type TenantReviewResponse, type UnitResponse } from '@safegrid/contracts';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const LUOYANG_POINT = { lng: 119.93, lat: 31.71, crs: 'wgs84' };
const report = (title: string, location = HUTANG_POINT) => ({ source: 'patrol', level: 'general', category: 'fire_lane', title, description: '', sector: 'fire', location });

describeEachDialect('batch routes', (dialect) => {
  let server: TestServer;
  let town: string;
  let district: string;
  let worker: { token: string; user: { id: string } };
  const post = (url: string, token: string, payload: unknown, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'POST', url, payload: payload as object, headers: { authorization: `Bearer ${token}`, ...headers } });
  const reportOne = async (title: string, location = HUTANG_POINT) => expectResponse<HazardResponse>(await post('/api/v1/hazards', location === HUTANG_POINT ? worker.token : district, report(title, location)), 201, HazardResponse);
  const unchanged = async (attempt: () => Promise<void>) => {
    const before = await databaseFingerprint(server.database, { ignoreSessions: true });
    await attempt();
    expect(await databaseFingerprint(server.database, { ignoreSessions: true })).toBe(before);
  };

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: town } = await server.login('town'));
    worker = await server.login('grid_worker');
    ({ token: district } = await server.login('district'));
  });
  afterAll(async () => server.close());

  it('批量交办: assigns all, each with its timeline line, and a retry with the same key does nothing again', async () => {
    const hazards = [await reportOne('消防车道被占用'), await reportOne('灭火器过期'), await reportOne('安全出口上锁')];
    const body = { hazardIds: hazards.map((hazard) => hazard.id), assigneeId: worker.user.id, deadline: '2026-03-20', note: '限期整改' };
    const headers = { 'idempotency-key': 'batch-assign-0001' };
    const first = expectResponse<BatchAssignHazardsResponse>(await post('/api/v1/hazards/batch-assign', town, body, headers), 200, BatchAssignHazardsResponse);
    expect(first.items.map((hazard) => [hazard.id, hazard.status, hazard.deadline, hazard.assigneeId])).toEqual(hazards.map((hazard) => [hazard.id, 'assigned', '2026-03-20', worker.user.id]));
    for (const hazard of hazards) {
      const events = (await server.app.inject({ method: 'GET', url: `/api/v1/hazards/${hazard.id}/events`, headers: { authorization: `Bearer ${town}` } })).json() as { action: string; note: string | null }[];
      expect(events.map((event) => [event.action, event.note])).toEqual([['report', null], ['assign', '限期整改']]);
    }
    await unchanged(async () => {
      const retry = expectResponse<BatchAssignHazardsResponse>(await post('/api/v1/hazards/batch-assign', town, body, headers), 200, BatchAssignHazardsResponse);
      expect(retry.items.map((hazard) => [hazard.id, hazard.version])).toEqual(first.items.map((hazard) => [hazard.id, hazard.version]));
      expectProblem(await post('/api/v1/hazards/batch-assign', town, { ...body, note: '另一请求' }, headers), 409, 'idempotency.key_reused');
    });
  });

  it('refuses the whole batch, naming each hazard and why, and writes nothing', async () => {
    const open = await reportOne('配电箱未上锁');
    const luoyang = await reportOne('洛阳镇隐患', LUOYANG_POINT);
    const assigned = await reportOne('已交办隐患');
    expectResponse(await post('/api/v1/hazards/batch-assign', town, { hazardIds: [assigned.id] }), 200, BatchAssignHazardsResponse);
    const hutangTown = (await server.login('town', { regionCode: '320412100' })).token;
    await unchanged(async () => {
      const problem = expectProblem(await post('/api/v1/hazards/batch-assign', hutangTown, { hazardIds: [open.id, luoyang.id, assigned.id] }), 422, 'batch.refused', ['/hazardIds/1', '/hazardIds/2']);
      expect(problem.title).toBe('批量操作未执行：下列选中项不能办理，所有选中项均未改动');
      expect(problem.errors?.[0]?.message).toBe(`隐患 ${luoyang.id}：隐患不存在或不在您的管辖范围内`);
      expect(problem.errors?.[1]).toMatchObject({ code: 'hazard.action_not_allowed', message: `隐患 ${assigned.id}：隐患当前状态不允许此操作` });
      // A grid worker may not 交办: the single action's refusal, named for the row.
      const refused = expectProblem(await post('/api/v1/hazards/batch-assign', worker.token, { hazardIds: [open.id] }), 422, 'batch.refused', ['/hazardIds/0']);
      expect(refused.errors?.[0]?.code).toBe('hazard.refused_role');
      const english = await server.app.inject({ method: 'POST', url: '/api/v1/hazards/batch-assign', payload: { hazardIds: [open.id, assigned.id] }, headers: { authorization: `Bearer ${hutangTown}`, 'accept-language': 'en' } });
      expect(expectProblem(english, 422, 'batch.refused').errors?.[0]?.message).toContain(assigned.id);
    });
    // Without the offenders the batch goes through.
    expectResponse(await post('/api/v1/hazards/batch-assign', hutangTown, { hazardIds: [open.id] }), 200, BatchAssignHazardsResponse);
  });

  it('validates the body naming the field: 1 to 100 distinct ids, a real date, no unknown fields', async () => {
    const id = (n: number) => `0190f6a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const cases: [unknown, string, string[]][] = [
      [{ hazardIds: [] }, 'request.invalid', ['/hazardIds']],
      [{ hazardIds: Array.from({ length: 101 }, (_, n) => id(n)) }, 'request.invalid', ['/hazardIds']],
      [{ hazardIds: [id(1), id(1)] }, 'request.invalid', ['/hazardIds']],
      [{ hazardIds: ['not-a-uuid'] }, 'request.invalid', ['/hazardIds/0']],
      [{ hazardIds: [id(1)], deadline: '2026-02-30x' }, 'request.invalid', ['/deadline']],
      [{ hazardIds: [id(1)], expectedVersion: 1 }, 'request.invalid', ['/expectedVersion']],
    ];
    await unchanged(async () => {
      for (const [payload, code, paths] of cases) {
        const problem = expectProblem(await post('/api/v1/hazards/batch-assign', town, payload), 400, code, paths);
        expect(problem.errors?.[0]?.message).not.toMatch(/^\s*$/);
      }
    });
    const tooMany = (await post('/api/v1/hazards/batch-assign', town, { hazardIds: Array.from({ length: 101 }, (_, n) => id(n)) })).json() as { errors: { message: string }[] };
    expect(tooMany.errors[0]?.message).toContain('100');
    // Exactly 100 is accepted by the schema (and refused here only because the hazards do not exist).
    expectProblem(await post('/api/v1/hazards/batch-assign', town, { hazardIds: Array.from({ length: 100 }, (_, n) => id(n)) }), 422, 'batch.refused');
  });

  it('批量审核: approves waiting tenant reviews all or none; rejecting needs a reason', async () => {
    const park = (await post('/api/v1/units', town, { name: '湖塘标准厂房园区', kind: 'park', address: '湖塘镇工业园1号', location: HUTANG_POINT })).json() as UnitResponse;
    const landlord = (await server.login('enterprise', { unitId: park.id })).token;
    const apply = async (name: string, safetyAgreement = true) => (await post(`/api/v1/units/${park.id}/tenant-reviews`, landlord, {
      tenant: { name, business: '五金加工', riskTags: [] }, safetyAgreement, fireAcceptance: true,
    })).json() as TenantReviewResponse;
    const reviews = [await apply('新租户甲'), await apply('新租户乙')];
    const lacking = await apply('缺协议租户', false);
    const ids = reviews.map((review) => review.id);
    await unchanged(async () => {
      expectProblem(await post('/api/v1/tenant-reviews/batch-decide', town, { reviewIds: ids, action: 'reject' }), 422, 'request.invalid', ['/reason']);
      expectProblem(await post('/api/v1/tenant-reviews/batch-decide', town, { reviewIds: ids, action: 'withdraw' }), 400, 'request.invalid', ['/action']);
      expectProblem(await post('/api/v1/tenant-reviews/batch-decide', landlord, { reviewIds: ids, action: 'approve' }), 403, 'auth.forbidden');
      const problem = expectProblem(await post('/api/v1/tenant-reviews/batch-decide', town, { reviewIds: [...ids, lacking.id], action: 'approve' }), 422, 'batch.refused', ['/reviewIds/2']);
      expect(problem.errors?.[0]?.message).toContain(lacking.id);
    });
    const headers = { 'idempotency-key': 'batch-review-0001' };
    const approved = expectResponse<BatchDecideTenantReviewsResponse>(await post('/api/v1/tenant-reviews/batch-decide', town, { reviewIds: ids, action: 'approve' }, headers), 200, BatchDecideTenantReviewsResponse);
    expect(approved.items.map((review) => [review.status, review.availableActions])).toEqual([['approved', []], ['approved', []]]);
    expect(approved.items.every((review) => review.tenantUnitId !== null)).toBe(true);
    await unchanged(async () => {
      expectResponse(await post('/api/v1/tenant-reviews/batch-decide', town, { reviewIds: ids, action: 'approve' }, headers), 200, BatchDecideTenantReviewsResponse);
    });
    const rejected = expectResponse<BatchDecideTenantReviewsResponse>(await post('/api/v1/tenant-reviews/batch-decide', town, { reviewIds: [lacking.id], action: 'reject', reason: '未签订安全协议' }), 200, BatchDecideTenantReviewsResponse);
    expect(rejected.items[0]).toMatchObject({ status: 'rejected', decisionReason: '未签订安全协议' });
  });
});
