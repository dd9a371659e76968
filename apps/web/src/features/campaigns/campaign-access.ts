import type { UserResponse } from '@safegrid/contracts';

/** The district office runs district campaigns; a town office its own (the API's rule). */
export function canManageCampaigns(user: UserResponse): boolean {
  return user.role === 'district' || user.role === 'town';
}
