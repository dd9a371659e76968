import type {
  CalendarDaysResponse, HazardEventResponse, HazardSupervisionResponse, SetCalendarDaysBody, SuperviseHazardBody, SupervisionListQuery, SupervisionPage, SupervisionResponse,
} from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const supervisionApi = {
  calendarDays: (from: string, to: string, signal?: AbortSignal) => apiRequest<CalendarDaysResponse>('/calendar/days', { query: { from, to }, signal }),
  setCalendarDays: (body: SetCalendarDaysBody) => apiRequest<{ changed: number }>('/calendar/days', { method: 'PUT', body }),
  urge: (hazardId: string, note: string) => apiRequest<HazardEventResponse>(`/hazards/${hazardId}/urge`, { method: 'POST', body: { note } }),
  ofHazard: (hazardId: string, signal?: AbortSignal) => apiRequest<HazardSupervisionResponse>(`/hazards/${hazardId}/supervision`, { signal }),
  supervise: (hazardId: string, body: SuperviseHazardBody) => apiRequest<SupervisionResponse>(`/hazards/${hazardId}/supervision`, { method: 'PUT', body }),
  unsupervise: (hazardId: string) => apiRequest<SupervisionResponse>(`/hazards/${hazardId}/supervision`, { method: 'DELETE' }),
  list: (query: SupervisionListQuery, signal?: AbortSignal) => apiRequest<SupervisionPage>('/supervisions', { query: { ...query }, signal }),
};
