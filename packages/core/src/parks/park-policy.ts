import type { Actor } from '../accounts/actor.js';
import type { Role } from '../accounts/user.js';
import type { TenantReview, TenantReviewAction } from './tenant-review.js';

/** The landlord (出租方) acts through the enterprise account of the park unit. */
export function isLandlordOf(actor: Actor, parkId: string): boolean {
  return actor.role === 'enterprise' && actor.scope.unitId === parkId;
}

/**
 * Besides the landlord, who may apply (先审后租): a supervisor entering an application received on
 * paper. The web offers the form to exactly these (through contracts).
 */
export const TENANT_APPLICANT_ROLES: readonly Role[] = ['district', 'town', 'grid_worker'];

/** Who decides reviews and outcomes (关停取缔 / 规范达标 / 更新改造): the town or district office. */
export const TENANT_DECIDER_ROLES: readonly Role[] = ['town', 'district'];

/** The park's landlord, or a supervisor entering a paper application, may apply. */
export function canApplyForTenant(actor: Actor, parkId: string): boolean {
  return isLandlordOf(actor, parkId) || TENANT_APPLICANT_ROLES.includes(actor.role);
}

/** The town (or district) office decides; the applicant may withdraw while it waits. */
export function tenantReviewActionAllowed(actor: Actor, action: TenantReviewAction, review: TenantReview): boolean {
  if (action === 'withdraw') return review.appliedBy === actor.userId || isLandlordOf(actor, review.parkId);
  return TENANT_DECIDER_ROLES.includes(actor.role);
}

/** Outcomes (关停取缔 / 规范达标 / 更新改造) are decided by the town or district office. */
export function canDecideOutcome(actor: Actor): boolean {
  return TENANT_DECIDER_ROLES.includes(actor.role);
}
