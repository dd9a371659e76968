import type { PatrolUnitsQuery } from '@safegrid/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { patrolsApi } from './patrols-api';

export const patrolKeys = {
  workers: ['patrols', 'workers'] as const,
  units: (query: PatrolUnitsQuery) => ['patrols', 'units', query] as const,
};

export function usePatrolWorkers(enabled = true) {
  return useQuery({ queryKey: patrolKeys.workers, queryFn: ({ signal }) => patrolsApi.workers(signal), enabled });
}

/** Units to patrol: the caller's own (grid worker) or one grid worker's; late and due unless asked. */
export function usePatrolUnits(query: PatrolUnitsQuery, enabled = true) {
  return useQuery({ queryKey: patrolKeys.units(query), queryFn: ({ signal }) => patrolsApi.units(query, signal), placeholderData: keepPreviousData, enabled });
}
