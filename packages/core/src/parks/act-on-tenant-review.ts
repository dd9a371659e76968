import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps, Stores } from '../deps.js';
import { refreshUnitRisk } from '../risk/refresh-unit-risk.js';
import { invalidInput } from '../shared/domain-error.js';
import { departmentOf } from '../units/unit-catalog.js';
import { creationChanges } from '../units/unit-history.js';
import { duplicateCreditCode } from '../units/unit-errors.js';
import type { Unit } from '../units/unit.js';
import {
  leaseConditionsMissing,
  selfDecisionRefused,
  tenantReviewActionNotAllowed,
  tenantReviewChangedConcurrently,
  tenantReviewNotFound,
  tenantReviewRefused,
} from './park-errors.js';
import { tenantReviewActionAllowed } from './park-policy.js';
import { nextTenantReviewStatus, type TenantReview, type TenantReviewAction } from './tenant-review.js';

export interface ActOnTenantReviewInput {
  readonly reviewId: string;
  readonly action: TenantReviewAction;
  readonly reason?: string | undefined;
  readonly expectedVersion?: number | undefined;
}

/**
 * Decides or withdraws a tenant review. Not the actor's to take → permission denied; not allowed
 * in the state → conflict. Approval needs the safety agreement and fire acceptance, and registers
 * a new tenant as a unit of the park; rejection needs a reason. One transaction.
 */
export async function actOnTenantReview(deps: CoreDeps, actor: Actor, input: ActOnTenantReviewInput): Promise<TenantReview> {
  if (input.action === 'reject' && !input.reason?.trim()) throw invalidInput([{ path: '/reason', code: 'required' }]);
  const now = deps.clock.now();
  return deps.inTransaction(async (stores) => {
    const review = await stores.tenantReviews.findById(input.reviewId, scopeFilterOf(actor));
    if (!review) throw tenantReviewNotFound(input.reviewId);
    if (!tenantReviewActionAllowed(actor, input.action, review)) throw tenantReviewRefused(input.action);
    if (input.action !== 'withdraw' && review.appliedBy === actor.userId) throw selfDecisionRefused();
    const status = nextTenantReviewStatus(review.status, input.action);
    if (!status) throw tenantReviewActionNotAllowed(input.action, review.status);
    if (input.expectedVersion !== undefined && input.expectedVersion !== review.version) throw tenantReviewChangedConcurrently(review.id);
    let tenantUnitId = review.tenantUnitId;
    if (input.action === 'approve') {
      const missing = (['safetyAgreement', 'fireAcceptance'] as const).filter((condition) => !review[condition]);
      if (missing.length > 0) throw leaseConditionsMissing(missing);
      tenantUnitId ??= await registerTenant(deps, stores, actor, review, now);
    }
    const nowIso = now.toISOString();
    const next: TenantReview = {
      ...review, status, tenantUnitId, updatedAt: nowIso, version: review.version + 1,
      ...(input.action === 'withdraw' ? {} : { decidedBy: actor.userId, decidedByName: actor.displayName, decidedAt: nowIso, decisionReason: input.reason?.trim() || null }),
    };
    if (!(await stores.tenantReviews.update(next, review.version))) throw tenantReviewChangedConcurrently(review.id);
    return next;
  });
}

/** Registers an approved newcomer as a unit of the park (厂中厂承租方), graded at once. */
async function registerTenant(deps: CoreDeps, stores: Stores, actor: Actor, review: TenantReview, now: Date): Promise<string> {
  const park = await stores.units.findById(review.parkId, { districtCode: review.districtCode });
  if (!park) throw tenantReviewNotFound(review.id);
  const { tenant } = review;
  if (tenant.creditCode && (await stores.units.findByCreditCode(park.districtCode, tenant.creditCode))) throw duplicateCreditCode(tenant.creditCode);
  const nowIso = now.toISOString();
  const riskTags = [...new Set([...tenant.riskTags, 'sublet_tenant' as const])];
  const unit: Unit = {
    id: deps.ids.newId(), districtCode: park.districtCode, townCode: park.townCode, villageCode: park.villageCode, gridId: park.gridId,
    name: tenant.name, creditCode: tenant.creditCode, kind: 'enterprise', sector: 'industry_trade', department: departmentOf('industry_trade'),
    address: park.address, location: park.location, riskTags, dustKind: riskTags.includes('dust') ? tenant.dustKind : null, venueType: null,
    employees: tenant.employees, floorArea: tenant.floorArea, contacts: [], status: 'active', parentId: park.id,
    createdAt: nowIso, updatedAt: nowIso, version: 1,
  };
  await stores.units.insert(unit);
  await stores.units.recordChange({
    id: deps.ids.newId(), unitId: unit.id, districtCode: unit.districtCode, at: nowIso, actorId: actor.userId,
    actorName: actor.displayName, action: 'create', changes: creationChanges(unit),
  });
  await refreshUnitRisk(stores, { unitId: unit.id, districtCode: unit.districtCode, now, ids: deps.ids });
  return unit.id;
}
