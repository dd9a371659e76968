import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi } from './accounts-api';

const lockedKey = ['accounts', 'locked'] as const;

export function useLockedAccounts() {
  return useQuery({ queryKey: lockedKey, queryFn: ({ signal }) => accountsApi.locked(signal) });
}

export function useUnlockAccount() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => accountsApi.unlock(id), onSuccess: () => queryClient.invalidateQueries({ queryKey: lockedKey }) });
}
