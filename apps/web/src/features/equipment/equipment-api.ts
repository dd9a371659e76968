import type { EquipmentListQuery, EquipmentPage, EquipmentResponse, RegisterEquipmentBody } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const equipmentApi = {
  list: (query: EquipmentListQuery, signal?: AbortSignal) => apiRequest<EquipmentPage>('/equipment', { query: { ...query }, signal }),
  register: (unitId: string, body: RegisterEquipmentBody) => apiRequest<EquipmentResponse>(`/units/${unitId}/equipment`, { method: 'POST', body }),
};
