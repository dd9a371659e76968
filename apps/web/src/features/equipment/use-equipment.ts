import type { EquipmentListQuery, RegisterEquipmentBody, UpdateEquipmentBody } from '@safegrid/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { equipmentApi } from './equipment-api';

export const equipmentKeys = {
  all: ['equipment'] as const,
  list: (query: EquipmentListQuery) => ['equipment', 'list', query] as const,
};

export function useEquipmentList(query: EquipmentListQuery) {
  return useQuery({ queryKey: equipmentKeys.list(query), queryFn: ({ signal }) => equipmentApi.list(query, signal), placeholderData: keepPreviousData });
}

export function useRegisterEquipment(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterEquipmentBody) => equipmentApi.register(unitId, body),
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: equipmentKeys.all }),
  });
}

export function useUpdateEquipment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEquipmentBody) => equipmentApi.update(id, body),
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: equipmentKeys.all }),
  });
}

/** A unit's equipment for pickers (the hazard report form); nothing is asked before a unit is chosen. */
export function useUnitEquipment(unitId: string | undefined) {
  return useQuery({
    queryKey: equipmentKeys.list({ unitId: unitId ?? '', limit: 100 }),
    queryFn: ({ signal }) => equipmentApi.list({ unitId: unitId ?? '', limit: 100 }, signal),
    enabled: Boolean(unitId),
  });
}
