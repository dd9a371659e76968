import type { CreateUnitBody, ListCountResponse, UnitChangeResponse, UnitCountQuery, UnitListQuery, UnitPage, UnitResponse, UpdateUnitBody } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const unitsApi = {
  list: (query: UnitListQuery, signal?: AbortSignal) => apiRequest<UnitPage>('/units', { query: { ...query }, signal }),
  count: (query: UnitCountQuery, signal?: AbortSignal) => apiRequest<ListCountResponse>('/units/count', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<UnitResponse>(`/units/${id}`, { signal }),
  changes: (id: string, signal?: AbortSignal) => apiRequest<UnitChangeResponse[]>(`/units/${id}/changes`, { signal }),
  create: (body: CreateUnitBody) => apiRequest<UnitResponse>('/units', { method: 'POST', body }),
  update: (id: string, body: UpdateUnitBody) => apiRequest<UnitResponse>(`/units/${id}`, { method: 'PATCH', body }),
};
