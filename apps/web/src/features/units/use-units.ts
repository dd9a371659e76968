import type { CreateUnitBody, UnitCountQuery, UnitListQuery, UnitResponse, UpdateUnitBody } from '@safegrid/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unitsApi } from './units-api';

export const unitKeys = {
  list: (query: UnitListQuery) => ['units', 'list', query] as const,
  count: (query: UnitCountQuery) => ['units', 'list', 'count', query] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
  changes: (id: string) => ['units', 'changes', id] as const,
};

export function useUnitList(query: UnitListQuery, enabled = true) {
  return useQuery({ queryKey: unitKeys.list(query), queryFn: ({ signal }) => unitsApi.list(query, signal), placeholderData: keepPreviousData, enabled });
}

/** 共 N 条 of the unit list: the same filters without paging or order (ADR 0090). */
export function useUnitCount(query: UnitListQuery) {
  const { limit: _limit, cursor: _cursor, sort: _sort, ...filters } = query;
  return useQuery({ queryKey: unitKeys.count(filters), queryFn: ({ signal }) => unitsApi.count(filters, signal), placeholderData: keepPreviousData });
}

export function useUnit(id: string | null | undefined) {
  return useQuery({ queryKey: unitKeys.detail(id ?? ''), queryFn: ({ signal }) => unitsApi.get(id ?? '', signal), enabled: Boolean(id) });
}

export function useUnitChanges(id: string) {
  return useQuery({ queryKey: unitKeys.changes(id), queryFn: ({ signal }) => unitsApi.changes(id, signal) });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUnitBody) => unitsApi.create(body),
    onSuccess: async (unit) => {
      queryClient.setQueryData<UnitResponse>(unitKeys.detail(unit.id), unit);
      await queryClient.invalidateQueries({ queryKey: ['units', 'list'] });
    },
  });
}

export function useUpdateUnit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUnitBody) => unitsApi.update(id, body),
    onSuccess: async (unit) => {
      queryClient.setQueryData<UnitResponse>(unitKeys.detail(id), unit);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: unitKeys.changes(id) }),
        queryClient.invalidateQueries({ queryKey: ['units', 'list'] }),
      ]);
    },
  });
}
