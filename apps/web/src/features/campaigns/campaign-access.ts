import type { UserResponse } from '@safegrid/contracts';
import { can } from '../auth/use-session';

/** Creating campaigns: the API says who (core's canManageCampaigns, in the user's permissions). */
export function canManageCampaigns(user: UserResponse): boolean {
  return can(user, 'campaign.manage');
}
