import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { taskListsApi } from './task-lists-api';

export const taskListKeys = { all: ['task-lists'] as const, plans: ['task-lists', 'plans'] as const, table: (id: string) => ['task-lists', 'table', id] as const };

export function useTaskPlans() {
  return useQuery({ queryKey: taskListKeys.plans, queryFn: ({ signal }) => taskListsApi.plans(signal) });
}

/** A plan's table, statuses computed by the server from today's date. */
export function useTaskTable(id: string | null) {
  return useQuery({ queryKey: taskListKeys.table(id ?? ''), queryFn: ({ signal }) => taskListsApi.table(id ?? '', signal), enabled: id !== null });
}

export function useTaskListWrite<T, R>(write: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: taskListKeys.all }) });
}
