import { DomainError } from '../shared/domain-error.js';
import { regionLevelOfCode } from '../regions/region.js';
import type { Actor } from './actor.js';
import { isDistrictOffice } from './district-office.js';
import type { Role, User } from './user.js';

/** Roles a town (镇/街道) administrator may create and manage: its own grid workers and enterprise users. */
export const TOWN_MANAGED_ROLES: readonly Role[] = ['grid_worker', 'enterprise'];

export const accountAdminRefused = () =>
  new DomainError('permission_denied', 'user.manage_refused', 'Only the district office, or a town for its own grid workers and enterprise users, manages accounts.');
export const userNotFound = (id: string) => new DomainError('not_found', 'user.not_found', 'No such user.', { id });

/** A town account whose scope is one town (not a village of it). */
export function isTownAdministrator(actor: Actor): boolean {
  return actor.role === 'town' && regionLevelOfCode(actor.scope.regionCode) === 'town';
}

/** Refuses anyone who administers no accounts at all. */
export function requireAccountAdministrator(actor: Actor): void {
  if (!isDistrictOffice(actor) && !isTownAdministrator(actor)) throw accountAdminRefused();
}

/**
 * True when `actor` may see and change `user`: the district office any account of its district
 * (except that nobody deactivates themselves, checked where that happens); a town administrator the
 * grid workers and enterprise users whose scope lies in its town.
 */
export function mayAdminister(actor: Actor, user: Pick<User, 'districtCode' | 'role' | 'scope'>): boolean {
  if (user.districtCode !== actor.districtCode) return false;
  if (isDistrictOffice(actor)) return true;
  if (!isTownAdministrator(actor)) return false;
  return TOWN_MANAGED_ROLES.includes(user.role) && user.scope.regionCode.startsWith(actor.scope.regionCode);
}
