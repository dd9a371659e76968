import type { ListCountResponse, PatrolCountQuery, PatrolUnitPage, PatrolUnitsQuery, PatrolWorkersResponse } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const patrolsApi = {
  workers: (signal?: AbortSignal) => apiRequest<PatrolWorkersResponse>('/patrols/workers', { signal }),
  units: (query: PatrolUnitsQuery, signal?: AbortSignal) => apiRequest<PatrolUnitPage>('/patrols', { query: { ...query }, signal }),
  count: (query: PatrolCountQuery, signal?: AbortSignal) => apiRequest<ListCountResponse>('/patrols/count', { query: { ...query }, signal }),
};
