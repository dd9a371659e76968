import type { LockedAccountListResponse } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const accountsApi = {
  /** Accounts of the district locked now after repeated wrong passwords (district office). */
  locked: (signal?: AbortSignal) => apiRequest<LockedAccountListResponse>('/users/locked', { signal }),
  unlock: (id: string) => apiRequest<null>(`/users/${id}/unlock`, { method: 'POST' }),
};
