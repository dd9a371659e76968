import type { BreakdownQuery } from '@safegrid/contracts';
import { useQuery } from '@tanstack/react-query';
import { dashboardApi } from './dashboard-api';

// Every dashboard number lives under ['stats', …]: one invalidation refreshes them all.
export function useOverview() {
  return useQuery({ queryKey: ['stats', 'overview'], queryFn: ({ signal }) => dashboardApi.overview(signal) });
}

export function useTrend(months = 12) {
  return useQuery({ queryKey: ['stats', 'trend', months], queryFn: ({ signal }) => dashboardApi.trend(months, signal) });
}

export function useBreakdown(by: BreakdownQuery['by']) {
  return useQuery({ queryKey: ['stats', 'breakdown', by], queryFn: ({ signal }) => dashboardApi.breakdown(by, signal) });
}
