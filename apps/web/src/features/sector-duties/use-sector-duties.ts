import type { SetSectorDutyBody } from '@safegrid/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { hazardKeys } from '../hazards/use-hazards';
import { sectorDutiesApi } from './sector-duties-api';

export const sectorDutyKeys = { all: ['sector-duties'] as const };

/** The district's 三管三必须 table; it changes rarely, so it is kept for a while. */
export function useSectorDuties() {
  return useQuery({ queryKey: sectorDutyKeys.all, queryFn: ({ signal }) => sectorDutiesApi.list(signal), staleTime: 5 * 60_000 });
}

/** One sector's departments; hazards are read again since departments' views change with it. */
export function useSetSectorDuty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sector, body }: { sector: string; body: SetSectorDutyBody }) => sectorDutiesApi.set(sector, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sectorDutyKeys.all });
      await queryClient.invalidateQueries({ queryKey: hazardKeys.all });
    },
  });
}
