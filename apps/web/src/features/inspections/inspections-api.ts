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
  /** A start sent again with the same key returns the first inspection (the phone's outbox, ADR 0094). */
  startOnce: (body: StartInspectionBody, idempotencyKey: string) =>
    apiRequest<InspectionResponse>('/inspections', { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey } }),
  /** Answering an item again replaces its answer, so a batch may be sent again safely. */
  answer: (id: string, body: AnswerInspectionBody) => apiRequest<InspectionResponse>(`/inspections/${id}/answers`, { method: 'POST', body }),
  /** A finish sent again with the same key returns the first result: no hazard is made twice (online and from the outbox). */
  finishOnce: (id: string, body: FinishInspectionBody, idempotencyKey: string) =>
    apiRequest<FinishInspectionResponse>(`/inspections/${id}/finish`, { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey } }),
  cancel: (id: string) => apiRequest<InspectionResponse>(`/inspections/${id}/cancel`, { method: 'POST', body: {} }),
};
