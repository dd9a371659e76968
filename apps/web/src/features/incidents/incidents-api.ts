import type { IncidentDetailResponse, IncidentPage, IncidentResponse, RecordIncidentBody, FollowUpIncidentBody } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const incidentsApi = {
  duty: (signal?: AbortSignal) => apiRequest<IncidentResponse[]>('/incidents/duty', { signal }),
  list: (query: { status?: 'open' | 'closed'; cursor?: string }, signal?: AbortSignal) => apiRequest<IncidentPage>('/incidents', { query: { ...query, limit: 50 }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<IncidentDetailResponse>(`/incidents/${id}`, { signal }),
  record: (body: RecordIncidentBody) => apiRequest<IncidentResponse>('/incidents', { method: 'POST', body }),
  followUp: (id: string, body: FollowUpIncidentBody) => apiRequest<IncidentDetailResponse>(`/incidents/${id}/follow-ups`, { method: 'POST', body }),
  setGrade: (id: string, body: { grade: IncidentResponse['grade']; reason: string }) => apiRequest<IncidentDetailResponse>(`/incidents/${id}/grade`, { method: 'POST', body }),
  reportStep: (id: string, body: { step: IncidentResponse['steps'][number]['step']; doneAt?: string }) => apiRequest<IncidentDetailResponse>(`/incidents/${id}/steps`, { method: 'POST', body }),
  close: (id: string, body: { note: string }) => apiRequest<IncidentDetailResponse>(`/incidents/${id}/close`, { method: 'POST', body }),
};
