import type { IncidentDetailResponse } from '@safegrid/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { incidentsApi } from './incidents-api';

export const incidentKeys = {
  all: ['incidents'] as const,
  duty: ['incidents', 'duty'] as const,
  list: (status?: 'open' | 'closed') => ['incidents', 'list', status ?? 'all'] as const,
  detail: (id: string) => ['incidents', 'detail', id] as const,
};

/** The duty officer's list; refreshed every 30 s so a step turning late shows without a reload. */
export function useDutyIncidents() {
  return useQuery({ queryKey: incidentKeys.duty, queryFn: ({ signal }) => incidentsApi.duty(signal), refetchInterval: 30_000 });
}

export function useIncidentList(status?: 'open' | 'closed') {
  return useQuery({ queryKey: incidentKeys.list(status), queryFn: ({ signal }) => incidentsApi.list(status ? { status } : {}, signal) });
}

export function useIncident(id: string) {
  return useQuery({ queryKey: incidentKeys.detail(id), queryFn: ({ signal }) => incidentsApi.get(id, signal), refetchInterval: 30_000 });
}

export function useRecordIncident() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: incidentsApi.record, onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentKeys.all }) });
}

/** Any action on one incident; the answer is the incident as it now stands. */
export function useIncidentAction<T>(id: string, action: (id: string, body: T) => Promise<IncidentDetailResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => action(id, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(incidentKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
    },
  });
}
