import type {
  ChangePasswordBody, LoginBody, LoginResponse, SecondFactorBody, SecondFactorChallengeResponse, SessionResponse, UserResponse,
} from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const authApi = {
  /** A session, or (202) a challenge waiting for the second factor's code (ADR 0093). */
  login: (body: LoginBody) => apiRequest<LoginResponse | SecondFactorChallengeResponse>('/auth/login', { method: 'POST', body }),
  secondFactor: (body: SecondFactorBody) => apiRequest<LoginResponse>('/auth/login/second-factor', { method: 'POST', body }),
  logout: () => apiRequest<void>('/auth/logout', { method: 'POST', body: {} }),
  me: () => apiRequest<UserResponse>('/auth/me'),
  /** Who is signed in, or null — never a 401, so a fresh visit logs no error. */
  session: () => apiRequest<SessionResponse>('/auth/session'),
};

/** Changing one's own password (issue 16): the current one and a new one that follows the rules. */
export const passwordApi = {
  change: (body: ChangePasswordBody) => apiRequest<null>('/auth/password', { method: 'POST', body }),
};
