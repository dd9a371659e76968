import type { HazardPointsResponse, MapSettingsResponse } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const mapApi = {
  settings: (signal?: AbortSignal) => apiRequest<MapSettingsResponse>('/settings/map', { signal }),
  hazardPoints: (signal?: AbortSignal) => apiRequest<HazardPointsResponse>('/stats/hazard-points', { signal }),
};
