import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dutyApi } from './duty-api';

export const dutyKeys = {
  all: ['duty'] as const,
  now: ['duty', 'now'] as const,
  roster: (regionCode: string, month: string) => ['duty', 'roster', regionCode, month] as const,
};

/** Who is on duty now; refreshed every minute so a shift change shows. */
export function useOnDutyNow() {
  return useQuery({ queryKey: dutyKeys.now, queryFn: ({ signal }) => dutyApi.now(signal), refetchInterval: 60_000 });
}

export function useRoster(regionCode: string, month: string) {
  return useQuery({ queryKey: dutyKeys.roster(regionCode, month), queryFn: ({ signal }) => dutyApi.roster(regionCode, month, signal), enabled: regionCode !== '' });
}

/** Any roster write; every duty view is read again after it. */
export function useDutyWrite<T, R>(write: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKeys.all }) });
}
