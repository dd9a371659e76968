import type { LoginBody, LoginResponse, Permission, SecondFactorBody, UserResponse } from '@safegrid/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NetworkError } from '../../shared/api-client';
import { authApi } from './auth-api';
import { forgetUser, recallUser, rememberUser } from './session-cache';

export interface SessionState {
  readonly user: UserResponse | null;
  /** True when the server could not be reached and the remembered user is shown. */
  readonly offline: boolean;
}

export const SESSION_KEY = ['session'] as const;

async function loadSession(): Promise<SessionState> {
  try {
    const { user } = await authApi.session();
    if (user) rememberUser(user);
    else forgetUser();
    return { user, offline: false };
  } catch (error) {
    const remembered = recallUser();
    if (error instanceof NetworkError && remembered) return { user: remembered, offline: true };
    throw error;
  }
}

export const sessionQuery = queryOptions({ queryKey: SESSION_KEY, queryFn: loadSession, staleTime: Infinity, retry: false });

export function useSession() {
  return useQuery(sessionQuery);
}

/** The signed-in user; only for components rendered inside the session guard. */
export function useCurrentUser(): UserResponse {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser outside the session guard');
  return data.user;
}

export function can(user: UserResponse, permission: Permission): boolean {
  return user.permissions.includes(permission);
}

function useStartSession(): (result: LoginResponse) => void {
  const queryClient = useQueryClient();
  return (result) => {
    rememberUser(result.user);
    queryClient.clear();
    queryClient.setQueryData<SessionState>(SESSION_KEY, { user: result.user, offline: false });
  };
}

/** The password step: a session, or a challenge when the account has a second factor (then no session yet). */
export function useLogin() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (body: LoginBody) => authApi.login(body),
    onSuccess: (result) => {
      if ('token' in result) startSession(result);
    },
  });
}

/** The second step: the challenge and the authenticator's code (or a recovery code) open the session. */
export function useSecondFactorLogin() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (body: SecondFactorBody) => authApi.secondFactor(body),
    onSuccess: startSession,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => authApi.logout(),
    onSettled: () => {
      forgetUser();
      // Keep the session query itself: clearing it would detach the session guard, which then never
      // hears of the log-out and leaves the page where it was.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData<SessionState>(SESSION_KEY, { user: null, offline: false });
    },
  });
}
