import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { warningsApi } from './warnings-api';

export const warningKeys = { all: ['warnings'] as const, mine: ['warnings', 'mine'] as const, list: ['warnings', 'list'] as const, detail: (id: string) => ['warnings', 'detail', id] as const };

/** Warnings in force addressed to me; every 2 minutes, so a new one shows without a reload. */
export function useMyWarnings() {
  return useQuery({ queryKey: warningKeys.mine, queryFn: ({ signal }) => warningsApi.mine(signal), refetchInterval: 120_000 });
}

export function useWarningList() {
  return useQuery({ queryKey: warningKeys.list, queryFn: ({ signal }) => warningsApi.list(signal), refetchInterval: 30_000 });
}

export function useWarning(id: string | null) {
  return useQuery({ queryKey: warningKeys.detail(id ?? ''), queryFn: ({ signal }) => warningsApi.get(id ?? '', signal), enabled: id !== null });
}

export function useWarningWrite<T, R>(write: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: warningKeys.all }) });
}
