import type { GridResponse, LocateResponse, RegionResponse } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const regionsApi = {
  list: (boundaries: boolean, signal?: AbortSignal) => apiRequest<RegionResponse[]>('/regions', { query: { boundaries }, signal }),
  grids: (regionCode: string, signal?: AbortSignal) => apiRequest<GridResponse[]>('/grids', { query: { regionCode }, signal }),
  grid: (id: string, signal?: AbortSignal) => apiRequest<GridResponse>(`/grids/${id}`, { signal }),
  locate: (point: { lng: number; lat: number; crs: string }, signal?: AbortSignal) => apiRequest<LocateResponse>('/grids/locate', { query: point, signal }),
};
