import type { UserResponse } from '@safegrid/contracts';

/** The district office (区安委办) alone overrides colours and edits the grading policy (the API's rule). */
export function canManageRisk(user: UserResponse): boolean {
  return user.role === 'district' && user.scope.regionCode === user.districtCode;
}
