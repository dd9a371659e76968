import type { SectorDutiesResponse, SectorDutyResponse, SetSectorDutyBody } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const sectorDutiesApi = {
  list: (signal?: AbortSignal) => apiRequest<SectorDutiesResponse>('/sector-duties', { signal }),
  set: (sector: string, body: SetSectorDutyBody) => apiRequest<SectorDutyResponse>(`/sector-duties/${sector}`, { method: 'PUT', body }),
};
