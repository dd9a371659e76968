import type {
  RiskAreaQuery, RiskMapResponse, RiskOverrideBody, RiskOverviewResponse, RiskPolicyBody, RiskPolicyPreviewResponse, RiskPolicyResponse, UnitRiskResponse,
} from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const riskApi = {
  unit: (unitId: string, signal?: AbortSignal) => apiRequest<UnitRiskResponse>(`/units/${unitId}/risk`, { signal }),
  override: (unitId: string, body: RiskOverrideBody) => apiRequest<UnitRiskResponse>(`/units/${unitId}/risk/override`, { method: 'PUT', body }),
  clearOverride: (unitId: string) => apiRequest<UnitRiskResponse>(`/units/${unitId}/risk/override`, { method: 'DELETE' }),
  overview: (query: RiskAreaQuery, signal?: AbortSignal) => apiRequest<RiskOverviewResponse>('/risk/overview', { query: { ...query }, signal }),
  map: (query: RiskAreaQuery, signal?: AbortSignal) => apiRequest<RiskMapResponse>('/risk/map', { query: { ...query }, signal }),
  policy: (signal?: AbortSignal) => apiRequest<RiskPolicyResponse>('/risk/policy', { signal }),
  updatePolicy: (body: RiskPolicyBody) => apiRequest<RiskPolicyResponse>('/risk/policy', { method: 'PUT', body }),
  previewPolicy: (body: RiskPolicyBody) => apiRequest<RiskPolicyPreviewResponse>('/risk/policy/preview', { method: 'POST', body }),
};
