import type { SetDustSupervisionBody } from '@safegrid/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dustSupervisionApi } from './dust-supervision-api';

export const dustKeys = {
  all: ['dust-supervision'] as const,
  unit: (unitId: string) => ['dust-supervision', 'unit', unitId] as const,
  summary: ['dust-supervision', 'summary'] as const,
};

export function useDustSupervision(unitId: string) {
  return useQuery({ queryKey: dustKeys.unit(unitId), queryFn: ({ signal }) => dustSupervisionApi.ofUnit(unitId, signal) });
}

export function useDustSummary() {
  return useQuery({ queryKey: dustKeys.summary, queryFn: ({ signal }) => dustSupervisionApi.summary(signal) });
}

export function useSetDustSupervision(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetDustSupervisionBody) => dustSupervisionApi.set(unitId, body),
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: dustKeys.all }),
  });
}
