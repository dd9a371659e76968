import { actorOf } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { Stores } from '../deps.js';
import type { FieldProblem } from '../shared/domain-error.js';
import type { Hazard } from './hazard.js';

/**
 * A hazard may be handed to an active user of the same district whose own scope covers it: the
 * grid worker of its grid, the enterprise's own officer, a town or department user.
 */
export async function assigneeProblem(stores: Stores, hazard: Hazard, assigneeId: string): Promise<FieldProblem | null> {
  const user = await stores.users.findById(assigneeId);
  if (!user || user.status !== 'active' || user.districtCode !== hazard.districtCode) {
    return { path: '/assigneeId', code: 'not_found' };
  }
  return isInScope(scopeFilterOf(actorOf(user)), hazard) ? null : { path: '/assigneeId', code: 'not_assignable' };
}
