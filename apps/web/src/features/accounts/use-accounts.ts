import type { AccountListQuery, CreateAccountBody, UpdateAccountBody } from '@safegrid/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi } from './accounts-api';

const accountsKey = ['accounts', 'list'] as const;

export function useAccountList(query: AccountListQuery) {
  return useQuery({ queryKey: [...accountsKey, query], queryFn: ({ signal }) => accountsApi.list(query, signal), placeholderData: keepPreviousData });
}

/** The account writes; each refreshes the list when it succeeds. */
export function useAccountWrites() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: accountsKey });
  return {
    create: useMutation({ mutationFn: (body: CreateAccountBody) => accountsApi.create(body), onSuccess }),
    update: useMutation({ mutationFn: ({ id, body }: { id: string; body: UpdateAccountBody }) => accountsApi.update(id, body), onSuccess }),
    resetPassword: useMutation({ mutationFn: (id: string) => accountsApi.resetPassword(id), onSuccess }),
    deactivate: useMutation({ mutationFn: (id: string) => accountsApi.deactivate(id), onSuccess }),
    reactivate: useMutation({ mutationFn: (id: string) => accountsApi.reactivate(id), onSuccess }),
  };
}
