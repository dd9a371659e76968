import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, LUOYANG } from '../testing/in-memory-deps.js';
import { applyTenantReview } from './apply-tenant-review.js';
import { batchDecideTenantReviews } from './batch-decide-tenant-reviews.js';

const tenant = (name: string) => ({ name, creditCode: null, business: '五金加工', riskTags: [], dustKind: null, employees: 8, floorArea: 300 });

async function setUp() {
  const deps = createInMemoryDeps();
  const park = deps.given.unit({ kind: 'park', name: '湖塘标准厂房园区' });
  const landlord = deps.given.user('enterprise', { scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: park.id } });
  const town = deps.given.user('town');
  const apply = (name: string, ready = true) => applyTenantReview(deps, landlord, { parkId: park.id, tenant: tenant(name), safetyAgreement: ready, fireAcceptance: true });
  const reviews = [await apply('新租户甲'), await apply('新租户乙')];
  return { deps, park, town, landlord, apply, reviews };
}

describe('批量审核 of tenant reviews', () => {
  it('approves every review like a single decision and registers each newcomer under the park', async () => {
    const { deps, park, town, reviews } = await setUp();
    const result = await batchDecideTenantReviews(deps, town, { reviewIds: reviews.map((review) => review.id), action: 'approve', reason: '材料齐全' });
    expect(result.reviews.map((review) => review.status)).toEqual(['approved', 'approved']);
    for (const review of result.reviews) {
      expect(review).toMatchObject({ decidedBy: town.userId, decisionReason: '材料齐全', version: 2 });
      expect(deps.tables.units.get(review.tenantUnitId ?? '')).toMatchObject({ name: review.tenant.name, parentId: park.id });
    }
  });

  it('rejects only with a reason, the same for all', async () => {
    const { deps, town, reviews } = await setUp();
    const ids = reviews.map((review) => review.id);
    await expect(batchDecideTenantReviews(deps, town, { reviewIds: ids, action: 'reject', reason: '  ' })).rejects.toMatchObject({ fields: [{ path: '/reason', code: 'required' }] });
    const result = await batchDecideTenantReviews(deps, town, { reviewIds: ids, action: 'reject', reason: '未签订安全协议' });
    expect(result.reviews.map((review) => [review.status, review.decisionReason])).toEqual([['rejected', '未签订安全协议'], ['rejected', '未签订安全协议']]);
  });

  it('decides none when one cannot be approved, naming it: no agreement, already decided, another town', async () => {
    const { deps, town, apply, reviews } = await setUp();
    const lacking = await apply('缺协议租户', false);
    await batchDecideTenantReviews(deps, town, { reviewIds: [reviews[1]!.id], action: 'reject', reason: '重复申请' });
    const luoyangTown = deps.given.user('town', { town: LUOYANG });
    await expect(batchDecideTenantReviews(deps, luoyangTown, { reviewIds: [reviews[0]!.id], action: 'approve' })).rejects.toMatchObject({
      fields: [{ path: '/reviewIds/0', code: 'tenant_review.not_found' }],
    });
    const unitsBefore = deps.tables.units.size;
    await expect(batchDecideTenantReviews(deps, town, { reviewIds: [reviews[0]!.id, lacking.id, reviews[1]!.id], action: 'approve' })).rejects.toMatchObject({
      code: 'batch.refused', details: { count: 2 },
      fields: [
        { path: '/reviewIds/1', code: 'tenant_review.conditions_missing', params: { id: lacking.id } },
        { path: '/reviewIds/2', code: 'tenant_review.action_not_allowed', params: { id: reviews[1]!.id } },
      ],
    });
    expect(deps.tables.tenantReviews.get(reviews[0]!.id)).toMatchObject({ status: 'submitted', version: 1 });
    expect(deps.tables.units.size).toBe(unitsBefore);
  });

  it('lets neither the landlord decide nor a retry decide twice', async () => {
    const { deps, town, landlord, reviews } = await setUp();
    const ids = reviews.map((review) => review.id);
    await expect(batchDecideTenantReviews(deps, landlord, { reviewIds: ids, action: 'approve' })).rejects.toMatchObject({ fields: [{ code: 'tenant_review.refused' }, { code: 'tenant_review.refused' }] });
    const input = { reviewIds: ids, action: 'approve' as const, idempotencyKey: 'review-batch-01', requestHash: 'h' };
    await batchDecideTenantReviews(deps, town, input);
    const unitsAfterFirst = deps.tables.units.size;
    const retry = await batchDecideTenantReviews(deps, town, input);
    expect(retry.done).toBe(false);
    expect(retry.reviews.map((review) => review.status)).toEqual(['approved', 'approved']);
    expect(deps.tables.units.size).toBe(unitsAfterFirst);
  });
});
