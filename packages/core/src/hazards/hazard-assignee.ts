import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { Stores } from '../deps.js';
import type { FieldProblem } from '../shared/domain-error.js';
import { actorUnderDuties, sectorDutyTable } from '../sector-duties/sector-duties.js';
import type { Hazard } from './hazard.js';

/**
 * A hazard may be handed to an active user of the same district whose own scope covers it: the
 * grid worker of its grid, the enterprise's own officer, a town or department user (the lead or a
 * co-responsible department of its sector, ADR 0096). Anyone else
 * gets the same answer as an id that does not exist, so the field cannot be used to find out which
 * accounts exist elsewhere (no enumeration, ADR 0070).
 */
export async function assigneeProblem(stores: Stores, hazard: Hazard, assigneeId: string): Promise<FieldProblem | null> {
  const user = await stores.users.findById(assigneeId);
  if (!user || user.status !== 'active' || user.districtCode !== hazard.districtCode) return { path: '/assigneeId', code: 'not_found' };
  const table = user.role === 'department' ? sectorDutyTable(await stores.sectorDuties.list(hazard.districtCode)) : [];
  const assignable = isInScope(scopeFilterOf(actorUnderDuties(user, table)), hazard);
  return assignable ? null : { path: '/assigneeId', code: 'not_found' };
}
