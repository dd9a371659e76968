import { isDistrictOffice, type ActorStanding } from '../accounts/district-office.js';

/**
 * Risk grades are computed for everyone to read; the district office (区安委办) alone overrides a
 * unit's colour and sets the grading method, bands and patrol frequencies (SPEC C6).
 */
export function canManageRisk(actor: ActorStanding): boolean {
  return isDistrictOffice(actor);
}
