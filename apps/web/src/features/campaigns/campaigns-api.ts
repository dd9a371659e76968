import type {
  CampaignCoverageResponse,
  CampaignProgressResponse,
  CampaignReportResponse,
  CampaignResponse,
  CampaignUnitCountQuery,
  CampaignUnitPage,
  CampaignUnitsQuery,
  ChecklistResponse,
  CreateCampaignBody,
  ListCountResponse,
} from '@safegrid/contracts';
import { apiRequest, apiUrl } from '../../shared/api-client';

export const campaignsApi = {
  list: (signal?: AbortSignal) => apiRequest<CampaignResponse[]>('/campaigns', { signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<CampaignResponse>(`/campaigns/${id}`, { signal }),
  create: (body: CreateCampaignBody) => apiRequest<CampaignResponse>('/campaigns', { method: 'POST', body }),
  coverage: (id: string, signal?: AbortSignal) => apiRequest<CampaignCoverageResponse>(`/campaigns/${id}/coverage`, { signal }),
  units: (id: string, query: CampaignUnitsQuery, signal?: AbortSignal) => apiRequest<CampaignUnitPage>(`/campaigns/${id}/units`, { query: { ...query }, signal }),
  unitCount: (id: string, query: CampaignUnitCountQuery, signal?: AbortSignal) => apiRequest<ListCountResponse>(`/campaigns/${id}/units/count`, { query: { ...query }, signal }),
  progress: (id: string, signal?: AbortSignal) => apiRequest<CampaignProgressResponse>(`/campaigns/${id}/progress`, { signal }),
  report: (id: string, signal?: AbortSignal) => apiRequest<CampaignReportResponse>(`/campaigns/${id}/report`, { signal }),
  /** Checklists a campaign may use (the current version of each). */
  checklists: (signal?: AbortSignal) => apiRequest<ChecklistResponse[]>('/checklists', { signal }),
  /** The report as the API serves it, for a download link. */
  reportUrl: (id: string) => apiUrl(`/campaigns/${id}/report`),
};
