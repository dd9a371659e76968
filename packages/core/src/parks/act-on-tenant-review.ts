import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { createUnitRecord } from '../units/create-unit.js';
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
 * Decides or withdraws a tenant review inside the caller's transaction. Not the actor's to take →
 * permission denied; not allowed in the state → conflict. Approval needs the safety agreement and
 * fire acceptance, and registers a new tenant as a unit of the park; rejection needs a reason.
 */
export async function actOnTenantReviewRecord(stores: Stores, context: WriteContext, input: ActOnTenantReviewInput): Promise<TenantReview> {
  const { actor, now } = context;
  if (input.action === 'reject' && !input.reason?.trim()) throw invalidInput([{ path: '/reason', code: 'required' }]);
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
    tenantUnitId ??= await registerTenant(stores, context, review);
  }
  const nowIso = now.toISOString();
  const next: TenantReview = {
    ...review, status, tenantUnitId, updatedAt: nowIso, version: review.version + 1,
    ...(input.action === 'withdraw' ? {} : { decidedBy: actor.userId, decidedByName: actor.displayName, decidedAt: nowIso, decisionReason: input.reason?.trim() || null }),
  };
  if (!(await stores.tenantReviews.update(next, review.version))) throw tenantReviewChangedConcurrently(review.id);
  return next;
}

/** Decides or withdraws a tenant review in one transaction (see `actOnTenantReviewRecord`). */
export async function actOnTenantReview(deps: CoreDeps, actor: Actor, input: ActOnTenantReviewInput): Promise<TenantReview> {
  if (input.action === 'reject' && !input.reason?.trim()) throw invalidInput([{ path: '/reason', code: 'required' }]);
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => actOnTenantReviewRecord(stores, context, input));
}

/**
 * Registers an approved newcomer as a unit of the park (厂中厂承租方) through unit creation itself:
 * at the park's place, tagged as a sublet tenant, its sector derived from its kind like any unit's.
 */
async function registerTenant(stores: Stores, context: WriteContext, review: TenantReview): Promise<string> {
  const park = await stores.units.findById(review.parkId, { districtCode: review.districtCode });
  if (!park) throw tenantReviewNotFound(review.id);
  const { tenant } = review;
  const unit = await createUnitRecord(stores, context, {
    name: tenant.name, creditCode: tenant.creditCode, kind: 'enterprise', address: park.address,
    placement: { location: park.location, townCode: park.townCode, villageCode: park.villageCode, gridId: park.gridId },
    riskTags: [...tenant.riskTags, 'sublet_tenant'], dustKind: tenant.dustKind, employees: tenant.employees, floorArea: tenant.floorArea,
    parentId: park.id,
  });
  return unit.id;
}
