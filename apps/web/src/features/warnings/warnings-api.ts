import type { ChangeWarningBody, IssueWarningBody, MyWarningsResponse, WarningDetailResponse, WarningResponse } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const warningsApi = {
  mine: (signal?: AbortSignal) => apiRequest<MyWarningsResponse>('/warnings/mine', { signal }),
  list: (signal?: AbortSignal) => apiRequest<WarningResponse[]>('/warnings', { signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<WarningDetailResponse>(`/warnings/${id}`, { signal }),
  issue: (body: IssueWarningBody) => apiRequest<WarningDetailResponse>('/warnings', { method: 'POST', body }),
  change: ({ id, body }: { id: string; body: ChangeWarningBody }) => apiRequest<WarningDetailResponse>(`/warnings/${id}/changes`, { method: 'POST', body }),
  acknowledge: (id: string) => apiRequest<null>(`/warnings/${id}/acknowledge`, { method: 'POST' }),
};
