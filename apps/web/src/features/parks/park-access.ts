import { TENANT_APPLICANT_ROLES, TENANT_DECIDER_ROLES, type UserResponse } from '@safegrid/contracts';

// The API's rules (ADR 0045), taken from core through contracts so the page offers only what the
// server will accept (ADR 0062: one definition per rule).

/** The landlord (the park's own enterprise account) or a supervisor entering a paper application. */
export function canApplyForTenant(user: UserResponse, parkId: string): boolean {
  if (user.role === 'enterprise') return user.scope.unitId === parkId;
  return TENANT_APPLICANT_ROLES.includes(user.role);
}

/** Outcomes (关停取缔 / 规范达标 / 更新改造) are the town's or district's decision. */
export function canDecideTenantOutcome(user: UserResponse): boolean {
  return TENANT_DECIDER_ROLES.includes(user.role);
}
