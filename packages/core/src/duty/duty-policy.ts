import type { ActorStanding } from '../accounts/district-office.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import { regionLevelOfCode } from '../regions/region.js';

/** Who reads rosters: the offices and departments (who is on duty at each level). */
export function canReadDuty(actor: ActorStanding): boolean {
  return actor.role === 'district' || actor.role === 'town' || actor.role === 'department';
}

/** The rosters an actor may plan: the district office any of the district; a town office its own. */
export function canPlanRoster(actor: ActorStanding, regionCode: string): boolean {
  if (!regionCode.startsWith(actor.districtCode)) return false;
  const level = regionLevelOfCode(regionCode);
  if (level !== 'district' && level !== 'town') return false;
  if (isDistrictOffice(actor)) return true;
  return (actor.role === 'town' || actor.role === 'district') && actor.scope.regionCode.slice(0, 9) === regionCode;
}

/** The rosters an actor sees: the district's and, for a town, its own; the district office sees every town's too. */
export function visibleRosterRegions(actor: ActorStanding, townCodes: readonly string[]): string[] {
  if (actor.scope.regionCode === actor.districtCode) return [actor.districtCode, ...townCodes];
  return [actor.districtCode, actor.scope.regionCode.slice(0, 9)];
}
