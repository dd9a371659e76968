import type {
  DuplicateCandidatesResponse,
  HazardReportersResponse,
  MapSettingsResponse,
  NearbyQuery,
  NearbyResponse,
  PublicReportReceiptResponse,
  PublicTrackingResponse,
} from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

/** 群众举报: the public endpoints (no account, no cookie needed) and the town's panels. */
export const publicReportApi = {
  /** A retry with the same key answers the same report (with a new code: the first answer was lost). */
  submit: (form: FormData, idempotencyKey: string) =>
    apiRequest<PublicReportReceiptResponse>('/public/reports', { method: 'POST', body: form, headers: { 'idempotency-key': idempotencyKey } }),
  nearby: (query: NearbyQuery, signal?: AbortSignal) => apiRequest<NearbyResponse>('/public/reports/nearby', { query: { ...query }, signal }),
  track: (code: string, signal?: AbortSignal) => apiRequest<PublicTrackingResponse>(`/public/track/${encodeURIComponent(code)}`, { signal }),
  mapSettings: (signal?: AbortSignal) => apiRequest<MapSettingsResponse>('/public/map-settings', { signal }),
  reporters: (hazardId: string, signal?: AbortSignal) => apiRequest<HazardReportersResponse>(`/hazards/${hazardId}/reporters`, { signal }),
  duplicates: (hazardId: string, signal?: AbortSignal) => apiRequest<DuplicateCandidatesResponse>(`/hazards/${hazardId}/duplicates`, { signal }),
};
