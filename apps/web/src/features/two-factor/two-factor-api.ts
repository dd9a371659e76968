import type {
  RecoveryCodesResponse, TotpCodeBody, TotpEnrolmentResponse, TwoFactorPolicyBody, TwoFactorPolicyResponse, TwoFactorStatusResponse,
} from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

/** Two-step verification (TOTP, ADR 0093): one's own, and the district office's reset and rule. */
export const twoFactorApi = {
  status: () => apiRequest<TwoFactorStatusResponse>('/auth/two-factor'),
  start: () => apiRequest<TotpEnrolmentResponse>('/auth/two-factor/enrolment', { method: 'POST', body: {} }),
  confirm: (body: TotpCodeBody) => apiRequest<RecoveryCodesResponse>('/auth/two-factor/enrolment/confirmation', { method: 'POST', body }),
  disable: (body: TotpCodeBody) => apiRequest<void>('/auth/two-factor/disable', { method: 'POST', body }),
  reset: (userId: string) => apiRequest<void>(`/users/${encodeURIComponent(userId)}/two-factor/reset`, { method: 'POST', body: {} }),
  policy: () => apiRequest<TwoFactorPolicyResponse>('/settings/two-factor'),
  setPolicy: (body: TwoFactorPolicyBody) => apiRequest<TwoFactorPolicyResponse>('/settings/two-factor', { method: 'PUT', body }),
};
