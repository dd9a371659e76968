import type { HazardActionBody, HazardCountQuery, HazardListQuery, HazardResponse, ReportHazardBody } from '@safegrid/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { hazardsApi } from './hazards-api';

export const hazardKeys = {
  all: ['hazards'] as const,
  list: (query: HazardListQuery) => ['hazards', 'list', query] as const,
  // Under 'list' so that whatever refreshes the lists after an action refreshes 共 N 条 too.
  count: (query: HazardCountQuery) => ['hazards', 'list', 'count', query] as const,
  detail: (id: string) => ['hazards', 'detail', id] as const,
  events: (id: string) => ['hazards', 'events', id] as const,
  assignees: (id: string) => ['hazards', 'assignees', id] as const,
};

export function useHazardList(query: HazardListQuery) {
  return useQuery({
    queryKey: hazardKeys.list(query),
    queryFn: ({ signal }) => hazardsApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** 共 N 条 of the hazard list: the same filters without paging (ADR 0090). */
export function useHazardCount(query: HazardListQuery) {
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  return useQuery({
    queryKey: hazardKeys.count(filters),
    queryFn: ({ signal }) => hazardsApi.count(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useHazard(id: string) {
  return useQuery({ queryKey: hazardKeys.detail(id), queryFn: ({ signal }) => hazardsApi.get(id, signal) });
}

export function useHazardEvents(id: string, enabled = true) {
  return useQuery({ queryKey: hazardKeys.events(id), queryFn: ({ signal }) => hazardsApi.events(id, signal), enabled });
}

export function useHazardAssignees(id: string, enabled: boolean) {
  return useQuery({ queryKey: hazardKeys.assignees(id), queryFn: ({ signal }) => hazardsApi.assignees(id, signal), enabled, staleTime: 5 * 60_000 });
}

/** Takes a lifecycle action; the hazard, its timeline, lists and dashboard numbers are refreshed after. */
export function useHazardAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HazardActionBody) => hazardsApi.act(id, body),
    onSuccess: async (hazard) => {
      queryClient.setQueryData<HazardResponse>(hazardKeys.detail(id), hazard);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hazardKeys.events(id) }),
        queryClient.invalidateQueries({ queryKey: ['hazards', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['stats'] }),
      ]);
    },
    onError: async () => {
      // A refusal may mean the hazard moved on (another user acted): show its current state.
      await queryClient.invalidateQueries({ queryKey: hazardKeys.detail(id) });
    },
  });
}

export function useReportHazard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ReportHazardBody; idempotencyKey: string }) => hazardsApi.report(body, idempotencyKey),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['hazards', 'list'] });
    },
  });
}
