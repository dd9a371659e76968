import type { ChecklistListQuery, ChecklistResponse, CopyChecklistBody, CreateChecklistBody, ReviseChecklistBody } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const checklistsApi = {
  /** With `unitId`: only the checklists usable on that unit, each with the items that apply to it. */
  list: (query: ChecklistListQuery, signal?: AbortSignal) => apiRequest<ChecklistResponse[]>('/checklists', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<ChecklistResponse>(`/checklists/${id}`, { signal }),
  versions: (id: string, signal?: AbortSignal) => apiRequest<ChecklistResponse[]>(`/checklists/${id}/versions`, { signal }),
  /** A district template written from nothing (version 1). */
  create: (body: CreateChecklistBody) => apiRequest<ChecklistResponse>('/checklists', { method: 'POST', body }),
  copy: (id: string, body: CopyChecklistBody) => apiRequest<ChecklistResponse>(`/checklists/${id}/copy`, { method: 'POST', body }),
  /** Writes the next version; the edited one is superseded (inspections keep the version they used). */
  revise: (id: string, body: ReviseChecklistBody) => apiRequest<ChecklistResponse>(`/checklists/${id}`, { method: 'PUT', body }),
};
