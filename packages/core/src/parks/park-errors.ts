import { DomainError } from '../shared/domain-error.js';
import type { TenantReviewAction, TenantReviewStatus } from './tenant-review.js';

export const notAPark = (unitId: string) =>
  new DomainError('rule_violation', 'park.not_a_park', 'The unit is not a 厂中厂 park.', { unitId });

export const tenantReviewNotFound = (reviewId: string) =>
  new DomainError('not_found', 'tenant_review.not_found', 'The tenant review does not exist or is outside your scope.', { reviewId });

export const tenantReviewRefused = (action: TenantReviewAction | 'apply' | 'outcome') =>
  new DomainError('permission_denied', 'tenant_review.refused', 'You may not take this action on the tenant review.', { action });

export const tenantReviewActionNotAllowed = (action: TenantReviewAction, status: TenantReviewStatus) =>
  new DomainError('conflict', 'tenant_review.action_not_allowed', 'This action is not allowed in the review’s current state.', { action, status });

export const tenantReviewPending = (tenantUnitId: string) =>
  new DomainError('conflict', 'tenant_review.pending_exists', 'A review of this tenant is already waiting for a decision.', { tenantUnitId });

export const selfDecisionRefused = () =>
  new DomainError('permission_denied', 'tenant_review.self_decision', 'Whoever applied does not decide the same review.');

export const leaseConditionsMissing = (missing: readonly string[]) =>
  new DomainError('rule_violation', 'tenant_review.conditions_missing', 'A lease is approved only with a safety agreement and a building that passed fire acceptance.', { missing },
    missing.map((field) => ({ path: `/${field}`, code: 'required_for_approval' })));

export const tenantReviewChangedConcurrently = (reviewId: string) =>
  new DomainError('conflict', 'tenant_review.changed_concurrently', 'The review was changed by someone else; reload and try again.', { reviewId });
