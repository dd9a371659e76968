import { actorOf } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { Stores } from '../deps.js';
import type { FieldProblem } from '../shared/domain-error.js';
import type { Hazard } from './hazard.js';

/**
 * A hazard may be handed to an active user of the same district whose own scope covers it: the
 * grid worker of its grid, the enterprise's own officer, a town or department user. Anyone else
 * gets the same answer as an id that does not exist, so the field cannot be used to find out which
 * accounts exist elsewhere (no enumeration, ADR 0070).
 */
export async function assigneeProblem(stores: Stores, hazard: Hazard, assigneeId: string): Promise<FieldProblem | null> {
  const user = await stores.users.findById(assigneeId);
  const assignable = user && user.status === 'active' && user.districtCode === hazard.districtCode && isInScope(scopeFilterOf(actorOf(user)), hazard);
  return assignable ? null : { path: '/assigneeId', code: 'not_found' };
}
