import { actorOf, type Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { Role, User } from '../accounts/user.js';
import type { CoreDeps } from '../deps.js';
import { hazardNotFound } from './hazard-errors.js';

// The people closest to the hazard come first in the assign form.
const ROLE_ORDER: readonly Role[] = ['grid_worker', 'enterprise', 'town', 'department', 'district'];

/**
 * The users a hazard the actor can see may be handed to (交办/改派): active users of its district
 * whose own scope covers it — the same rule `assign` and `reassign` check.
 */
export async function listHazardAssignees(deps: CoreDeps, actor: Actor, hazardId: string): Promise<User[]> {
  const hazard = await deps.hazards.findById(hazardId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(hazardId);
  const users = await deps.users.listByDistrict(hazard.districtCode);
  return users
    .filter((user) => user.status === 'active' && isInScope(scopeFilterOf(actorOf(user)), hazard))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.displayName.localeCompare(b.displayName, 'zh-CN'));
}
