import type { UserResponse } from '@safegrid/contracts';

// The API's rules (ADR 0045), mirrored so the page offers only what the server will accept.

/** The landlord (the park's own enterprise account) or a supervisor entering a paper application. */
export function canApplyForTenant(user: UserResponse, parkId: string): boolean {
  if (user.role === 'enterprise') return user.scope.unitId === parkId;
  return user.role === 'district' || user.role === 'town' || user.role === 'grid_worker';
}

/** Outcomes (关停取缔 / 规范达标 / 更新改造) are the town's or district's decision. */
export function canDecideTenantOutcome(user: UserResponse): boolean {
  return user.role === 'town' || user.role === 'district';
}
