import type { UserResponse } from '@safegrid/contracts';
import { can } from '../auth/use-session';

/** Overriding colours and editing the grading policy: the API says who (core's canManageRisk, in the user's permissions). */
export function canManageRisk(user: UserResponse): boolean {
  return can(user, 'risk.manage');
}
