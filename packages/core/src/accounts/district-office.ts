import type { Actor } from './actor.js';

/** Who a policy looks at: the role and where the account sits. */
export type ActorStanding = Pick<Actor, 'role' | 'districtCode' | 'scope'>;

/**
 * The district office (区安委办): a district account whose scope is the whole district, not one of
 * its towns. It alone sets district-wide rules (risk grading, background jobs, account unlocks).
 */
export function isDistrictOffice(actor: ActorStanding): boolean {
  return actor.role === 'district' && actor.scope.regionCode === actor.districtCode;
}
