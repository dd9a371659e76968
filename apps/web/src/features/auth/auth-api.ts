import type { ChangePasswordBody, LoginBody, LoginResponse, SessionResponse, UserResponse } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const authApi = {
  login: (body: LoginBody) => apiRequest<LoginResponse>('/auth/login', { method: 'POST', body }),
  logout: () => apiRequest<void>('/auth/logout', { method: 'POST', body: {} }),
  me: () => apiRequest<UserResponse>('/auth/me'),
  /** Who is signed in, or null — never a 401, so a fresh visit logs no error. */
  session: () => apiRequest<SessionResponse>('/auth/session'),
};

/** Changing one's own password (issue 16): the current one and a new one that follows the rules. */
export const passwordApi = {
  change: (body: ChangePasswordBody) => apiRequest<null>('/auth/password', { method: 'POST', body }),
};
