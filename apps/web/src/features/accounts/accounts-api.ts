import type {
  AccountListQuery, AccountListResponse, AccountResponse, AccountWithPasswordResponse, CreateAccountBody, LockedAccountListResponse, UpdateAccountBody,
} from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const accountsApi = {
  /** Accounts of the district locked now after repeated wrong passwords (district office). */
  locked: (signal?: AbortSignal) => apiRequest<LockedAccountListResponse>('/users/locked', { signal }),
  unlock: (id: string) => apiRequest<null>(`/users/${id}/unlock`, { method: 'POST' }),
  /** Accounts the caller administers (district office: the district; a town: its grid workers and enterprise users). */
  list: (query: AccountListQuery, signal?: AbortSignal) => apiRequest<AccountListResponse>('/users', { query: { ...query }, signal }),
  create: (body: CreateAccountBody) => apiRequest<AccountWithPasswordResponse>('/users', { method: 'POST', body }),
  update: (id: string, body: UpdateAccountBody) => apiRequest<AccountResponse>(`/users/${id}`, { method: 'PATCH', body }),
  resetPassword: (id: string) => apiRequest<AccountWithPasswordResponse>(`/users/${id}/reset-password`, { method: 'POST', body: {} }),
  deactivate: (id: string) => apiRequest<AccountResponse>(`/users/${id}/deactivate`, { method: 'POST', body: {} }),
  reactivate: (id: string) => apiRequest<AccountResponse>(`/users/${id}/reactivate`, { method: 'POST', body: {} }),
};
