import type { ChecklistListQuery, ChecklistResponse, CopyChecklistBody, CreateChecklistBody, ReviseChecklistBody } from '@safegrid/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { checklistsApi } from './checklists-api';

export const checklistKeys = {
  list: (query: ChecklistListQuery) => ['checklists', 'list', query] as const,
  detail: (id: string) => ['checklists', 'detail', id] as const,
  versions: (id: string) => ['checklists', 'versions', id] as const,
};

// Templates change rarely (a district edit is a new version): keep them for a while.
const STALE = 5 * 60_000;

export function useChecklists(query: ChecklistListQuery, enabled = true) {
  return useQuery({ queryKey: checklistKeys.list(query), queryFn: ({ signal }) => checklistsApi.list(query, signal), staleTime: STALE, enabled });
}

export function useChecklist(id: string | null | undefined) {
  return useQuery({
    queryKey: checklistKeys.detail(id ?? ''),
    queryFn: ({ signal }) => checklistsApi.get(id ?? '', signal),
    enabled: Boolean(id),
    staleTime: Infinity, // a version never changes
  });
}

export function useChecklistVersions(id: string) {
  return useQuery({ queryKey: checklistKeys.versions(id), queryFn: ({ signal }) => checklistsApi.versions(id, signal), staleTime: STALE });
}

function useAfterWrite() {
  const queryClient = useQueryClient();
  return async (checklist: ChecklistResponse) => {
    queryClient.setQueryData<ChecklistResponse>(checklistKeys.detail(checklist.id), checklist);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['checklists', 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['checklists', 'versions'] }),
      // The edited version is now superseded.
      queryClient.invalidateQueries({ queryKey: ['checklists', 'detail'], predicate: (query) => query.queryKey[2] !== checklist.id }),
    ]);
  };
}

export function useCopyChecklist(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({ mutationFn: (body: CopyChecklistBody) => checklistsApi.copy(id, body), onSuccess: afterWrite });
}

export function useReviseChecklist(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({ mutationFn: (body: ReviseChecklistBody) => checklistsApi.revise(id, body), onSuccess: afterWrite });
}

export function useCreateChecklist() {
  const afterWrite = useAfterWrite();
  return useMutation({ mutationFn: (body: CreateChecklistBody) => checklistsApi.create(body), onSuccess: afterWrite });
}
