import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { Role, User } from '../accounts/user.js';
import type { CoreDeps } from '../deps.js';
import { actorUnderDuties, sectorDutyTable } from '../sector-duties/sector-duties.js';
import { hazardNotFound } from './hazard-errors.js';

// The people closest to the hazard come first in the assign form.
const ROLE_ORDER: readonly Role[] = ['grid_worker', 'enterprise', 'town', 'department', 'district'];

/**
 * The users a hazard the actor can see may be handed to (交办/改派): active users of its district
 * whose own scope covers it — the same rule `assign` and `reassign` check. A department's scope
 * includes the sectors it leads or co-follows in the district's 三管三必须 table (ADR 0096).
 */
export async function listHazardAssignees(deps: CoreDeps, actor: Actor, hazardId: string): Promise<User[]> {
  const hazard = await deps.hazards.findById(hazardId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(hazardId);
  const users = await deps.users.listByDistrict(hazard.districtCode);
  const table = sectorDutyTable(await deps.sectorDuties.list(hazard.districtCode));
  return users
    .filter((user) => user.status === 'active' && isInScope(scopeFilterOf(actorUnderDuties(user, table)), hazard))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.displayName.localeCompare(b.displayName, 'zh-CN'));
}
