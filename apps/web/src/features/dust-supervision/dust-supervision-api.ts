import type { DustSupervisionResponse, DustSupervisionSummary, SetDustSupervisionBody } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const dustSupervisionApi = {
  ofUnit: (unitId: string, signal?: AbortSignal) => apiRequest<{ record: DustSupervisionResponse | null }>(`/units/${unitId}/dust-supervision`, { signal }),
  set: (unitId: string, body: SetDustSupervisionBody) => apiRequest<DustSupervisionResponse>(`/units/${unitId}/dust-supervision`, { method: 'PUT', body }),
  summary: (signal?: AbortSignal) => apiRequest<DustSupervisionSummary>('/dust-supervision/summary', { signal }),
};
