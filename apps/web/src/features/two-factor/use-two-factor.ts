import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { rememberUser } from '../auth/session-cache';
import { SESSION_KEY, type SessionState } from '../auth/use-session';
import { twoFactorApi } from './two-factor-api';

const STATUS_KEY = ['two-factor', 'status'] as const;
const POLICY_KEY = ['two-factor', 'policy'] as const;

export function useTwoFactorStatus() {
  return useQuery({ queryKey: STATUS_KEY, queryFn: twoFactorApi.status });
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: twoFactorApi.start });
}

/** Confirming turns it on; the status is refetched once the recovery codes were seen (`useRefreshTwoFactorStatus`). */
export function useConfirmEnrolment() {
  return useMutation({ mutationFn: (code: string) => twoFactorApi.confirm({ code }) });
}

export function useRefreshTwoFactorStatus(): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
}

/** Lets the pages behind a required enrolment open once the recovery codes were seen. */
export function useFinishRequiredEnrolment() {
  const queryClient = useQueryClient();
  return () => {
    const session = queryClient.getQueryData<SessionState>(SESSION_KEY);
    if (!session?.user) return;
    const user = { ...session.user, mustEnrolTwoFactor: false };
    rememberUser(user);
    queryClient.setQueryData<SessionState>(SESSION_KEY, { ...session, user });
  };
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => twoFactorApi.disable({ code }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: STATUS_KEY }),
  });
}

export function useResetTwoFactor() {
  return useMutation({ mutationFn: (userId: string) => twoFactorApi.reset(userId) });
}

export function useTwoFactorPolicy(enabled: boolean) {
  return useQuery({ queryKey: POLICY_KEY, queryFn: twoFactorApi.policy, enabled });
}

export function useSetTwoFactorPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requiredForDistrictOffice: boolean) => twoFactorApi.setPolicy({ requiredForDistrictOffice }),
    onSuccess: (policy) => queryClient.setQueryData(POLICY_KEY, policy),
  });
}
