import type { PatrolCountQuery, PatrolUnitsQuery } from '@safegrid/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { patrolsApi } from './patrols-api';

export const patrolKeys = {
  workers: ['patrols', 'workers'] as const,
  units: (query: PatrolUnitsQuery) => ['patrols', 'units', query] as const,
  count: (query: PatrolCountQuery) => ['patrols', 'count', query] as const,
};

export function usePatrolWorkers(enabled = true) {
  return useQuery({ queryKey: patrolKeys.workers, queryFn: ({ signal }) => patrolsApi.workers(signal), enabled });
}

/** Units to patrol: the caller's own (grid worker) or one grid worker's; late and due unless asked. */
export function usePatrolUnits(query: PatrolUnitsQuery, enabled = true) {
  return useQuery({ queryKey: patrolKeys.units(query), queryFn: ({ signal }) => patrolsApi.units(query, signal), placeholderData: keepPreviousData, enabled });
}

/** 共 N 条 of the patrol list: the same worker and states, without the page. */
export function usePatrolCount(query: PatrolUnitsQuery, enabled = true) {
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  return useQuery({ queryKey: patrolKeys.count(filters), queryFn: ({ signal }) => patrolsApi.count(filters, signal), placeholderData: keepPreviousData, enabled });
}
