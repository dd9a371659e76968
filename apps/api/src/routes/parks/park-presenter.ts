import { nextTenantReviewStatus, tenantReviewActionAllowed, TENANT_REVIEW_ACTIONS, type Actor, type TenantOutcome, type TenantReview } from '@safegrid/core';
import type { TenantOutcomeResponse, TenantReviewResponse } from '@safegrid/contracts';

export function presentTenantReview(review: TenantReview, actor: Actor): TenantReviewResponse {
  return {
    id: review.id,
    parkId: review.parkId,
    tenantUnitId: review.tenantUnitId,
    townCode: review.townCode,
    status: review.status,
    tenant: { ...review.tenant, riskTags: [...review.tenant.riskTags] },
    leaseStartsOn: review.leaseStartsOn,
    leaseEndsOn: review.leaseEndsOn,
    safetyAgreement: review.safetyAgreement,
    fireAcceptance: review.fireAcceptance,
    note: review.note,
    appliedBy: review.appliedBy,
    appliedByName: review.appliedByName,
    appliedAt: review.appliedAt,
    decidedBy: review.decidedBy,
    decidedByName: review.decidedByName,
    decidedAt: review.decidedAt,
    decisionReason: review.decisionReason,
    availableActions: TENANT_REVIEW_ACTIONS.filter((action) =>
      nextTenantReviewStatus(review.status, action) !== null && tenantReviewActionAllowed(actor, action, review)
      && (action === 'withdraw' || review.appliedBy !== actor.userId)),
    version: review.version,
  };
}

export function presentTenantOutcome(outcome: TenantOutcome): TenantOutcomeResponse {
  return {
    unitId: outcome.unitId, parkId: outcome.parkId, outcome: outcome.outcome, note: outcome.note,
    decidedBy: outcome.decidedBy, decidedByName: outcome.decidedByName, decidedAt: outcome.decidedAt,
  };
}
