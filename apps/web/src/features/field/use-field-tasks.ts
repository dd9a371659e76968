import type { HazardListQuery, HazardResponse } from '@safegrid/contracts';
import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useCurrentUser } from '../auth/use-session';
import { loadFieldTasks, saveFieldTasks } from './field-task-snapshot';
import { hazardKeys } from '../hazards/use-hazards';
import { hazardsApi } from '../hazards/hazards-api';
import { NetworkError } from '../../shared/api-client';

export type TaskGroup = 'overdue' | 'submitted' | 'assigned' | 'reported';

// Overdue first (督办 grows with every day), then re-inspections (复查) waiting on site, then
// rectifications in progress, then reports still to be verified.
const GROUPS: readonly { readonly group: TaskGroup; readonly query: HazardListQuery }[] = [
  { group: 'overdue', query: { overdue: true, limit: 50 } },
  { group: 'submitted', query: { status: ['submitted'], limit: 50 } },
  { group: 'assigned', query: { status: ['assigned'], overdue: false, limit: 50 } },
  { group: 'reported', query: { status: ['reported'], limit: 50 } },
];

/**
 * The open hazards of the grid worker's grids, grouped by what they need next. Without signal
 * (offline, requests held or failing on the network) the last list fetched is shown with its time
 * (`offlineSince`), or nothing with `offline` when none was kept — never a spinner that never ends.
 */
export function useFieldTasks() {
  const user = useCurrentUser();
  const results = useQueries({
    queries: GROUPS.map(({ query }) => ({ queryKey: hazardKeys.list(query), queryFn: ({ signal }: { signal: AbortSignal }) => hazardsApi.list(query, signal) })),
  });
  const groups = GROUPS.map(({ group }, index) => {
    // Only hazards this person can act on now (the server's availableActions): a grid worker's
    // 待核实 reports wait for the town, and are not the worker's tasks.
    const items: readonly HazardResponse[] = (results[index]?.data?.items ?? []).filter((hazard) => hazard.availableActions.length > 0);
    // Most overdue first; otherwise the nearest deadline first.
    const sorted = [...items].sort((a, b) => b.daysOverdue - a.daysOverdue || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
    return { group, items: sorted, hasMore: Boolean(results[index]?.data?.nextCursor) };
  });
  const allFetched = results.every((result) => result.isSuccess);
  const fetchedAt = Math.max(...results.map((result) => result.dataUpdatedAt));
  useEffect(() => {
    if (allFetched) saveFieldTasks(localStorage, { userId: user.id, savedAt: new Date(fetchedAt).toISOString(), groups });
  }, [allFetched, fetchedAt, user.id]); // eslint-disable-line react-hooks/exhaustive-deps -- saved once per fetch, keyed by its time
  // No signal: the phone says so, React Query holds the requests, or they failed on the network.
  const noSignal = !navigator.onLine
    || results.some((result) => result.isPending && result.fetchStatus === 'paused')
    || results.some((result) => result.error instanceof NetworkError);
  if (noSignal) {
    const kept = loadFieldTasks(localStorage, user.id);
    return {
      groups: (kept?.groups ?? GROUPS.map(({ group }) => ({ group, items: [], hasMore: false }))) as typeof groups,
      isPending: false,
      offline: true,
      offlineSince: kept?.savedAt ?? null,
      error: null,
    };
  }
  return {
    groups,
    isPending: results.some((result) => result.isPending),
    offline: false,
    offlineSince: null,
    error: results.find((result) => result.error)?.error ?? null,
  };
}
