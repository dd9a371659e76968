import type { BreakdownQuery } from '@safegrid/contracts';
import { useQuery } from '@tanstack/react-query';
import { breakdownQuery, overviewQuery, trendQuery } from './dashboard-queries';

export function useOverview() {
  return useQuery(overviewQuery);
}

export function useTrend(months = 12) {
  return useQuery(trendQuery(months));
}

export function useBreakdown(by: BreakdownQuery['by']) {
  return useQuery(breakdownQuery(by));
}
