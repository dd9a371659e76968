import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { SESSION_KEY, type SessionState } from '../features/auth/use-session';
import { ApiError } from '../shared/api-client';

// A session that expired while the page was open: back to the login page, which returns here.
function signOutOnExpiry(client: QueryClient, error: unknown): void {
  if (error instanceof ApiError && error.status === 401) client.setQueryData<SessionState>(SESSION_KEY, { user: null, offline: false });
}

/** The app's one cache of server state; route loaders use it to start requests early. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; network trouble might.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
    queryCache: new QueryCache({ onError: (error) => signOutOnExpiry(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => signOutOnExpiry(client, error) }),
  });
  return client;
}
