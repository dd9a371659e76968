import type { BreakdownQuery } from '@safegrid/contracts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { hazardPointsQuery, mapSettingsQuery } from '../map/map-queries';
import { regionsQuery } from '../regions/regions-queries';
import { dashboardApi } from './dashboard-api';

// Every dashboard number lives under ['stats', …]: one invalidation refreshes them all.
export const overviewQuery = queryOptions({ queryKey: ['stats', 'overview'], queryFn: ({ signal }) => dashboardApi.overview(signal) });

export const trendQuery = (months: number) =>
  queryOptions({ queryKey: ['stats', 'trend', months], queryFn: ({ signal }) => dashboardApi.trend(months, signal) });

export const breakdownQuery = (by: BreakdownQuery['by']) =>
  queryOptions({ queryKey: ['stats', 'breakdown', by], queryFn: ({ signal }) => dashboardApi.breakdown(by, signal) });

/**
 * Starts the dashboard's requests while its code is still loading, headline numbers first (the
 * server answers them in order on SQLite's single connection).
 */
export function prefetchDashboard(queryClient: QueryClient): void {
  for (const query of [overviewQuery, trendQuery(12), breakdownQuery('sector'), regionsQuery(true), hazardPointsQuery, mapSettingsQuery]) {
    void queryClient.prefetchQuery(query as Parameters<QueryClient['prefetchQuery']>[0]);
  }
}
