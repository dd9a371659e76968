import { ListCountResponse, ParkTenantsResponse, TenantOutcomeResponse, TenantReviewPage, TenantReviewResponse, type UnitResponse } from '@safegrid/contracts';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const newcomer = { name: '常州市某某五金抛光厂', business: '五金件抛光', riskTags: ['dust'], dustKind: 'metal', employees: 15 };

describeEachDialect('厂中厂 routes', (dialect) => {
  let server: TestServer;
  let town: string;
  let landlord: string;
  let park: UnitResponse;
  let tenant: UnitResponse;
  const send = (method: 'POST' | 'GET' | 'PUT', url: string, token: string, payload?: unknown) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: town } = await server.login('town'));
    park = (await send('POST', '/api/v1/units', town, { name: '湖塘标准厂房园区', kind: 'park', address: '湖塘镇工业园1号', location: HUTANG_POINT })).json() as UnitResponse;
    tenant = (await send('POST', '/api/v1/units', town, { name: '园内老租户', kind: 'enterprise', address: '湖塘镇工业园1号3号厂房', location: HUTANG_POINT, parentId: park.id, riskTags: ['sublet_tenant'] })).json() as UnitResponse;
    ({ token: landlord } = await server.login('enterprise', { unitId: park.id }));
  });
  afterAll(async () => server.close());

  it('lists a park’s tenants to its landlord, flagging those without an approved review', async () => {
    const view = expectResponse<ParkTenantsResponse>(await send('GET', `/api/v1/units/${park.id}/tenants`, landlord), 200, ParkTenantsResponse);
    expect(view.summary).toEqual({ tenants: 1, approved: 0, pending: 0, flagged: 1 });
    expect(view.tenants[0]).toMatchObject({ unit: { id: tenant.id, riskLevel: 'blue' }, reviewState: 'none', flagged: true, latestReview: null, outcome: null });
  });

  it('takes a landlord’s application before lease to the town, who approves it and so registers the tenant', async () => {
    const applied = expectResponse<TenantReviewResponse>(await send('POST', `/api/v1/units/${park.id}/tenant-reviews`, landlord, {
      tenant: newcomer, leaseStartsOn: '2026-04-01', leaseEndsOn: '2029-03-31', safetyAgreement: true, fireAcceptance: true,
    }), 201, TenantReviewResponse);
    expect(applied).toMatchObject({ status: 'submitted', tenantUnitId: null, availableActions: ['withdraw'] });
    const queue = expectResponse<TenantReviewPage>(await send('GET', '/api/v1/tenant-reviews?status=submitted', town), 200, TenantReviewPage);
    expect(queue.items).toEqual([expect.objectContaining({ id: applied.id, availableActions: ['approve', 'reject'] })]);
    const approved = expectResponse<TenantReviewResponse>(await send('POST', `/api/v1/tenant-reviews/${applied.id}/actions`, town, { action: 'approve', reason: '材料齐全，同意出租' }), 200, TenantReviewResponse);
    expect(approved).toMatchObject({ status: 'approved', decisionReason: '材料齐全，同意出租', availableActions: [] });
    const view = (await send('GET', `/api/v1/units/${park.id}/tenants`, town)).json() as ParkTenantsResponse;
    const registered = view.tenants.find((entry) => entry.unit.id === approved.tenantUnitId);
    expect(registered).toMatchObject({ reviewState: 'approved', flagged: false, unit: { name: newcomer.name, parentId: park.id, riskTags: ['dust', 'sublet_tenant'], riskLevel: 'orange' } });
  });

  it('records a tenant’s outcome by the town', async () => {
    const outcome = expectResponse<TenantOutcomeResponse>(await send('PUT', `/api/v1/units/${tenant.id}/tenant-outcome`, town, { outcome: 'upgraded', note: '除尘系统改造' }), 200, TenantOutcomeResponse);
    expect(outcome).toMatchObject({ unitId: tenant.id, parkId: park.id, outcome: 'upgraded' });
    const view = (await send('GET', `/api/v1/units/${park.id}/tenants`, landlord)).json() as ParkTenantsResponse;
    expect(view.tenants.find((entry) => entry.unit.id === tenant.id)?.outcome?.outcome).toBe('upgraded');
  });

  it('keeps another town out and refuses wrong roles, states and input without writing', async () => {
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const pending = (await send('POST', `/api/v1/units/${park.id}/tenant-reviews`, landlord, { tenantUnitId: tenant.id, safetyAgreement: false, fireAcceptance: true })).json() as TenantReviewResponse;
    const cases: [string, string, string, unknown, number, string, string[]?][] = [
      ['GET', `/api/v1/units/${park.id}/tenants`, luoyang.token, undefined, 404, 'unit.not_found'],
      ['GET', `/api/v1/tenant-reviews/${pending.id}`, luoyang.token, undefined, 404, 'tenant_review.not_found'],
      ['POST', `/api/v1/tenant-reviews/${pending.id}/actions`, luoyang.token, { action: 'approve' }, 404, 'tenant_review.not_found'],
      ['PUT', `/api/v1/units/${tenant.id}/tenant-outcome`, luoyang.token, { outcome: 'shut_down' }, 404, 'unit.not_found'],
      ['POST', `/api/v1/tenant-reviews/${pending.id}/actions`, landlord, { action: 'approve' }, 403, 'tenant_review.refused'],
      ['POST', `/api/v1/tenant-reviews/${pending.id}/actions`, town, { action: 'approve' }, 422, 'tenant_review.conditions_missing', ['/safetyAgreement']],
      ['POST', `/api/v1/tenant-reviews/${pending.id}/actions`, town, { action: 'reject' }, 422, 'request.invalid', ['/reason']],
      ['POST', `/api/v1/tenant-reviews/${pending.id}/actions`, town, { action: 'evict' }, 400, 'request.invalid', ['/action']],
      ['POST', `/api/v1/units/${park.id}/tenant-reviews`, landlord, { tenantUnitId: tenant.id, safetyAgreement: true, fireAcceptance: true }, 409, 'tenant_review.pending_exists'],
      ['POST', `/api/v1/units/${park.id}/tenant-reviews`, landlord, { safetyAgreement: true, fireAcceptance: true }, 422, 'request.invalid', ['/tenant']],
      ['POST', `/api/v1/units/${park.id}/tenant-reviews`, landlord, { tenant: { ...newcomer, creditCode: '91350100M000100Y44' }, safetyAgreement: true, fireAcceptance: true, leaseStartsOn: '2026-05-01', leaseEndsOn: '2026-04-01' }, 422, 'request.invalid', ['/tenant/creditCode', '/leaseEndsOn']],
      ['POST', `/api/v1/units/${tenant.id}/tenant-reviews`, town, { tenant: newcomer, safetyAgreement: true, fireAcceptance: true }, 422, 'park.not_a_park'],
      ['PUT', `/api/v1/units/${park.id}/tenant-outcome`, town, { outcome: 'compliant' }, 422, 'request.invalid', ['/unitId']],
      ['PUT', `/api/v1/units/${tenant.id}/tenant-outcome`, landlord, { outcome: 'compliant' }, 403, 'auth.forbidden'],
    ];
    for (const [method, url, token, payload, status, code, paths] of cases) {
      const before = await databaseFingerprint(server.database, { ignoreSessions: true });
      expectProblem(await send(method as 'POST', url, token, payload), status, code, paths);
      expect(await databaseFingerprint(server.database, { ignoreSessions: true })).toBe(before);
    }
    const withdrawn = expectResponse<TenantReviewResponse>(await send('POST', `/api/v1/tenant-reviews/${pending.id}/actions`, landlord, { action: 'withdraw' }), 200, TenantReviewResponse);
    expect(withdrawn.status).toBe('withdrawn');
    expectProblem(await send('POST', `/api/v1/tenant-reviews/${pending.id}/actions`, landlord, { action: 'withdraw' }), 409, 'tenant_review.action_not_allowed');
  });

  it('counts the review queue (共 N 条) with the queue’s filters, in the caller’s scope only', async () => {
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const count = async (query: string, token = town) =>
      expectResponse<ListCountResponse>(await send('GET', `/api/v1/tenant-reviews/count${query}`, token), 200, ListCountResponse);
    for (const query of ['', '?status=submitted', '?status=approved', `?parkId=${park.id}`]) {
      const page = expectResponse<TenantReviewPage>(await send('GET', `/api/v1/tenant-reviews${query}${query ? '&' : '?'}limit=200`, town), 200, TenantReviewPage);
      expect(await count(query), query).toEqual({ total: page.items.length, capped: false });
    }
    expect((await count('')).total).toBeGreaterThan(0);
    expect(await count('', luoyang.token)).toEqual({ total: 0, capped: false });
    expectProblem(await send('GET', '/api/v1/tenant-reviews/count?limit=5', town), 400, 'request.invalid', ['/query/limit']);
  });
});
