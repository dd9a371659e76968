import type { BreakdownQuery, BreakdownResponse, OverviewResponse, TrendResponse } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const dashboardApi = {
  overview: (signal?: AbortSignal) => apiRequest<OverviewResponse>('/stats/overview', { signal }),
  trend: (months: number, signal?: AbortSignal) => apiRequest<TrendResponse>('/stats/trend', { query: { months }, signal }),
  breakdown: (by: BreakdownQuery['by'], signal?: AbortSignal) => apiRequest<BreakdownResponse>('/stats/breakdown', { query: { by }, signal }),
};

/** The path of the live change stream (server-sent events, authorised by the session cookie). */
export const STATS_STREAM_URL = '/api/v1/stats/stream';
