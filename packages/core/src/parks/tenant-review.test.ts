import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, LUOYANG } from '../testing/in-memory-deps.js';
import { actOnTenantReview } from './act-on-tenant-review.js';
import { applyTenantReview } from './apply-tenant-review.js';
import { getTenantReview, listParkTenants } from './read-park-tenants.js';
import { recordTenantOutcome } from './record-tenant-outcome.js';
import { nextTenantReviewStatus } from './tenant-review.js';

const newcomer = { name: '常州市新租户塑料制品厂', creditCode: null, business: '塑料制品注塑加工', riskTags: [], dustKind: null, employees: 12, floorArea: 800 };

async function setUp() {
  const deps = createInMemoryDeps();
  const park = deps.given.unit({ kind: 'park', name: '湖塘标准厂房园区' });
  const tenant = deps.given.unit({ name: '老租户五金加工', parentId: park.id, riskTags: ['sublet_tenant'] });
  const landlord = deps.given.user('enterprise', { scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: park.id } });
  const town = deps.given.user('town');
  return { deps, park, tenant, landlord, town };
}

describe('厂中厂 review before lease', () => {
  it('has a state table: submitted → approved, rejected or withdrawn, and nothing after', () => {
    expect(nextTenantReviewStatus('submitted', 'approve')).toBe('approved');
    expect(nextTenantReviewStatus('submitted', 'reject')).toBe('rejected');
    expect(nextTenantReviewStatus('submitted', 'withdraw')).toBe('withdrawn');
    for (const status of ['approved', 'rejected', 'withdrawn'] as const) {
      for (const action of ['approve', 'reject', 'withdraw'] as const) expect(nextTenantReviewStatus(status, action)).toBeNull();
    }
  });

  it('flags tenants without an approved review and lets the landlord see all its tenants', async () => {
    const { deps, park, tenant, landlord } = await setUp();
    const view = await listParkTenants(deps, landlord, park.id);
    expect(view.tenants).toEqual([expect.objectContaining({ unit: expect.objectContaining({ id: tenant.id }), reviewState: 'none', flagged: true, outcome: null })]);
    expect(view.summary).toEqual({ tenants: 1, approved: 0, pending: 0, flagged: 1 });
    await expect(listParkTenants(deps, deps.given.user('town', { town: LUOYANG }), park.id)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(listParkTenants(deps, landlord, tenant.id)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(listParkTenants(deps, deps.given.user('district'), tenant.id)).rejects.toMatchObject({ code: 'park.not_a_park' });
  });

  it('approves a newcomer only with a safety agreement and fire acceptance, and registers it under the park', async () => {
    const { deps, park, landlord, town } = await setUp();
    const lacking = await applyTenantReview(deps, landlord, { parkId: park.id, tenant: newcomer, safetyAgreement: false, fireAcceptance: true });
    expect(lacking).toMatchObject({ status: 'submitted', tenantUnitId: null, townCode: park.townCode, appliedBy: landlord.userId });
    await expect(actOnTenantReview(deps, town, { reviewId: lacking.id, action: 'approve' })).rejects.toMatchObject({
      code: 'tenant_review.conditions_missing', fields: [{ path: '/safetyAgreement', code: 'required_for_approval' }],
    });
    await expect(actOnTenantReview(deps, town, { reviewId: lacking.id, action: 'reject' })).rejects.toMatchObject({ fields: [{ path: '/reason', code: 'required' }] });
    const rejected = await actOnTenantReview(deps, town, { reviewId: lacking.id, action: 'reject', reason: '未签订安全生产管理协议' });
    expect(rejected).toMatchObject({ status: 'rejected', decidedBy: town.userId, decisionReason: '未签订安全生产管理协议' });
    await expect(actOnTenantReview(deps, town, { reviewId: lacking.id, action: 'approve' })).rejects.toMatchObject({ code: 'tenant_review.action_not_allowed' });

    const complete = await applyTenantReview(deps, landlord, { parkId: park.id, tenant: newcomer, safetyAgreement: true, fireAcceptance: true, leaseStartsOn: '2026-04-01', leaseEndsOn: '2029-03-31' });
    const approved = await actOnTenantReview(deps, town, { reviewId: complete.id, action: 'approve', reason: '材料齐全' });
    const registered = deps.tables.units.get(approved.tenantUnitId ?? '');
    expect(registered).toMatchObject({ name: newcomer.name, parentId: park.id, gridId: park.gridId, kind: 'enterprise', riskTags: ['sublet_tenant'] });
    expect(deps.tables.unitRisks.get(registered?.id ?? '')).toBeDefined();
    const view = await listParkTenants(deps, landlord, park.id);
    expect(view.tenants.find((entry) => entry.unit.id === registered?.id)).toMatchObject({ reviewState: 'approved', flagged: false });
  });

  it('registers an approved tenant through unit creation: sector from its kind, history, unique credit code', async () => {
    const { deps, park, landlord, town } = await setUp();
    const creditCode = '91350100M000100Y43';
    deps.given.unit({ name: '已登记单位', creditCode });
    const clash = await applyTenantReview(deps, landlord, { parkId: park.id, tenant: { ...newcomer, creditCode }, safetyAgreement: true, fireAcceptance: true });
    const unitsBefore = deps.tables.units.size;
    await expect(actOnTenantReview(deps, town, { reviewId: clash.id, action: 'approve' })).rejects.toMatchObject({ kind: 'conflict' });
    expect(deps.tables.units.size).toBe(unitsBefore);
    expect((await getTenantReview(deps, town, clash.id)).status).toBe('submitted');

    const review = await applyTenantReview(deps, landlord, { parkId: park.id, tenant: { ...newcomer, riskTags: ['dust'], dustKind: 'metal' }, safetyAgreement: true, fireAcceptance: true });
    const approved = await actOnTenantReview(deps, town, { reviewId: review.id, action: 'approve' });
    const registered = deps.tables.units.get(approved.tenantUnitId ?? '');
    expect(registered).toMatchObject({ sector: 'industry_trade', department: 'emergency', dustKind: 'metal', riskTags: ['dust', 'sublet_tenant'] });
    expect(deps.tables.unitChanges.filter((change) => change.unitId === registered?.id).map((change) => [change.action, change.actorId])).toEqual([['create', town.userId]]);
  });

  it('lets only the town decide, never the applicant, and only the applicant withdraw', async () => {
    const { deps, park, tenant, landlord, town } = await setUp();
    const review = await applyTenantReview(deps, landlord, { parkId: park.id, tenantUnitId: tenant.id, safetyAgreement: true, fireAcceptance: true });
    await expect(applyTenantReview(deps, landlord, { parkId: park.id, tenantUnitId: tenant.id, safetyAgreement: true, fireAcceptance: true })).rejects.toMatchObject({ code: 'tenant_review.pending_exists' });
    await expect(actOnTenantReview(deps, landlord, { reviewId: review.id, action: 'approve' })).rejects.toMatchObject({ code: 'tenant_review.refused' });
    await expect(actOnTenantReview(deps, town, { reviewId: review.id, action: 'withdraw' })).rejects.toMatchObject({ code: 'tenant_review.refused' });
    const onBehalf = await applyTenantReview(deps, town, { parkId: park.id, tenant: newcomer, safetyAgreement: true, fireAcceptance: true });
    await expect(actOnTenantReview(deps, town, { reviewId: onBehalf.id, action: 'approve' })).rejects.toMatchObject({ code: 'tenant_review.self_decision' });
    await expect(getTenantReview(deps, deps.given.user('town', { town: LUOYANG }), review.id)).rejects.toMatchObject({ kind: 'not_found' });
    expect(await actOnTenantReview(deps, landlord, { reviewId: review.id, action: 'withdraw' })).toMatchObject({ status: 'withdrawn', decidedBy: null });
  });

  it('records one outcome per tenant, the latest decision counting', async () => {
    const { deps, park, tenant, landlord, town } = await setUp();
    await expect(recordTenantOutcome(deps, landlord, { unitId: tenant.id, outcome: 'compliant' })).rejects.toMatchObject({ code: 'tenant_review.refused' });
    await expect(recordTenantOutcome(deps, town, { unitId: park.id, outcome: 'compliant' })).rejects.toMatchObject({ fields: [{ path: '/unitId', code: 'not_a_tenant' }] });
    await recordTenantOutcome(deps, town, { unitId: tenant.id, outcome: 'upgraded', note: '除尘系统改造' });
    await recordTenantOutcome(deps, town, { unitId: tenant.id, outcome: 'shut_down' });
    const view = await listParkTenants(deps, town, park.id);
    expect(view.tenants[0]?.outcome).toMatchObject({ outcome: 'shut_down', decidedBy: town.userId });
  });
});
