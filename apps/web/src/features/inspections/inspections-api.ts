import type {
  AnswerInspectionBody,
  FinishInspectionBody,
  FinishInspectionResponse,
  InspectionCountQuery,
  InspectionListQuery,
  InspectionPage,
  InspectionResponse,
  ListCountResponse,
  StartInspectionBody,
} from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const inspectionsApi = {
  list: (query: InspectionListQuery, signal?: AbortSignal) => apiRequest<InspectionPage>('/inspections', { query: { ...query }, signal }),
  /** 共 N 条 for the list's filters (ADR 0090). */
  count: (query: InspectionCountQuery, signal?: AbortSignal) => apiRequest<ListCountResponse>('/inspections/count', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<InspectionResponse>(`/inspections/${id}`, { signal }),
  /** Starts on site: the server records the distance to the unit; a far start needs `farReason`. */
  start: (body: StartInspectionBody) => apiRequest<InspectionResponse>('/inspections', { method: 'POST', body }),
  /** Answering an item again replaces its answer, so a batch may be sent again safely. */
  answer: (id: string, body: AnswerInspectionBody) => apiRequest<InspectionResponse>(`/inspections/${id}/answers`, { method: 'POST', body }),
  finish: (id: string, body: FinishInspectionBody) => apiRequest<FinishInspectionResponse>(`/inspections/${id}/finish`, { method: 'POST', body }),
  cancel: (id: string) => apiRequest<InspectionResponse>(`/inspections/${id}/cancel`, { method: 'POST', body: {} }),
};
