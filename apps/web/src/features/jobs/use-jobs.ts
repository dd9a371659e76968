import type { JobKind, JobListQuery } from '@safegrid/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { jobsApi } from './jobs-api';

export const jobKeys = {
  all: ['jobs'] as const,
  list: (query: JobListQuery) => ['jobs', 'list', query] as const,
};

/** The district's recent jobs; refreshed every 10 s while shown, so running jobs show their progress. */
export function useJobs(query: JobListQuery) {
  return useQuery({ queryKey: jobKeys.list(query), queryFn: ({ signal }) => jobsApi.list(query, signal), placeholderData: keepPreviousData, refetchInterval: 10_000 });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => jobsApi.retry(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}

/** Runs a job of the district now (e.g. the risk regrade after a policy change). */
export function useRunJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind: JobKind) => jobsApi.run({ kind }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
