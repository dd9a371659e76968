import type {
  HazardActionBody,
  HazardAssigneeResponse,
  HazardEventResponse,
  HazardCountQuery,
  HazardListQuery,
  HazardPage,
  HazardResponse,
  ListCountResponse,
  ReportHazardBody,
} from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const hazardsApi = {
  list: (query: HazardListQuery, signal?: AbortSignal) => apiRequest<HazardPage>('/hazards', { query: { ...query }, signal }),
  count: (query: HazardCountQuery, signal?: AbortSignal) => apiRequest<ListCountResponse>('/hazards/count', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<HazardResponse>(`/hazards/${id}`, { signal }),
  events: (id: string, signal?: AbortSignal) => apiRequest<HazardEventResponse[]>(`/hazards/${id}/events`, { signal }),
  assignees: (id: string, signal?: AbortSignal) => apiRequest<HazardAssigneeResponse[]>(`/hazards/${id}/assignees`, { signal }),
  act: (id: string, body: HazardActionBody) => apiRequest<HazardResponse>(`/hazards/${id}/actions`, { method: 'POST', body }),
  /** A retry with the same key returns the first result: the server never records the report twice. */
  report: (body: ReportHazardBody, idempotencyKey: string) =>
    apiRequest<HazardResponse>('/hazards', { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey } }),
};
