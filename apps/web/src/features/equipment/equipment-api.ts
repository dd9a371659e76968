import type { EquipmentListQuery, EquipmentPage, EquipmentResponse, RegisterEquipmentBody, UpdateEquipmentBody } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const equipmentApi = {
  list: (query: EquipmentListQuery, signal?: AbortSignal) => apiRequest<EquipmentPage>('/equipment', { query: { ...query }, signal }),
  register: (unitId: string, body: RegisterEquipmentBody) => apiRequest<EquipmentResponse>(`/units/${unitId}/equipment`, { method: 'POST', body }),
  update: (id: string, body: UpdateEquipmentBody) => apiRequest<EquipmentResponse>(`/equipment/${id}`, { method: 'PUT', body }),
};
