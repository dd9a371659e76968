import type { FinishInspectionBody, InspectionCountQuery, InspectionListQuery, InspectionResponse, StartInspectionBody } from '@safegrid/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inspectionsApi } from './inspections-api';
import { finishKey } from './offline/queued-inspection-sync';

export const inspectionKeys = {
  list: (query: InspectionListQuery) => ['inspections', 'list', query] as const,
  // Under 'list' so that whatever refreshes the lists refreshes 共 N 条 too.
  count: (query: InspectionCountQuery) => ['inspections', 'list', 'count', query] as const,
  detail: (id: string) => ['inspections', 'detail', id] as const,
};

export function useInspectionList(query: InspectionListQuery) {
  return useQuery({ queryKey: inspectionKeys.list(query), queryFn: ({ signal }) => inspectionsApi.list(query, signal), placeholderData: keepPreviousData });
}

/** 共 N 条 of the inspection list: the same filters without paging or order (ADR 0090, ADR 0112). */
export function useInspectionCount(query: InspectionListQuery) {
  const { limit: _limit, cursor: _cursor, sort: _sort, ...filters } = query;
  return useQuery({ queryKey: inspectionKeys.count(filters), queryFn: ({ signal }) => inspectionsApi.count(filters, signal), placeholderData: keepPreviousData });
}

export function useInspection(id: string) {
  return useQuery({ queryKey: inspectionKeys.detail(id), queryFn: ({ signal }) => inspectionsApi.get(id, signal) });
}

export function useStartInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartInspectionBody) => inspectionsApi.start(body),
    onSuccess: async (inspection) => {
      queryClient.setQueryData<InspectionResponse>(inspectionKeys.detail(inspection.id), inspection);
      await queryClient.invalidateQueries({ queryKey: ['inspections', 'list'] });
    },
  });
}

/** Finishes with the signature; the failed items' new hazards appear in every hazard list and count. */
export function useFinishInspection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Under the key the phone's outbox would use (`<id>:finish`): a finish whose answer was lost
    // and that the outbox sends again gets the first result back, not a second finish (ADR 0094).
    mutationFn: (body: FinishInspectionBody) => inspectionsApi.finishOnce(id, body, finishKey({ id })),
    onSuccess: async (result) => {
      queryClient.setQueryData<InspectionResponse>(inspectionKeys.detail(id), result.inspection);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['inspections', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['hazards'] }),
        queryClient.invalidateQueries({ queryKey: ['stats'] }),
      ]);
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: inspectionKeys.detail(id) });
    },
  });
}

export function useCancelInspection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => inspectionsApi.cancel(id),
    onSuccess: async (inspection) => {
      queryClient.setQueryData<InspectionResponse>(inspectionKeys.detail(id), inspection);
      await queryClient.invalidateQueries({ queryKey: ['inspections', 'list'] });
    },
  });
}
