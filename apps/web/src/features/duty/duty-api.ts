import type { CopyWeekBody, HandoverResponse, OnDutyResponse, RosterMonthResponse, SetShiftBody, SwapShiftBody, WriteHandoverBody } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

type Written = { written: number };

export const dutyApi = {
  now: (signal?: AbortSignal) => apiRequest<OnDutyResponse>('/duty/now', { signal }),
  roster: (regionCode: string, month: string, signal?: AbortSignal) => apiRequest<RosterMonthResponse>('/duty/roster', { query: { regionCode, month }, signal }),
  setShift: (body: SetShiftBody) => apiRequest<Written>('/duty/shifts', { method: 'POST', body }),
  copyWeek: (body: CopyWeekBody) => apiRequest<Written>('/duty/shifts/copy-week', { method: 'POST', body }),
  swap: ({ id, ...body }: SwapShiftBody & { id: string }) => apiRequest<Written>(`/duty/shifts/${id}/swap`, { method: 'POST', body }),
  remove: (id: string) => apiRequest<Written>(`/duty/shifts/${id}`, { method: 'DELETE' }),
  writeHandover: (body: WriteHandoverBody) => apiRequest<HandoverResponse>('/duty/handovers', { method: 'POST', body }),
  acknowledge: (id: string) => apiRequest<HandoverResponse>(`/duty/handovers/${id}/acknowledge`, { method: 'POST' }),
};
