import type { SetCalendarDaysBody, SuperviseHazardBody, SupervisionListQuery } from '@safegrid/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { hazardKeys } from '../hazards/use-hazards';
import { supervisionApi } from './supervision-api';

export const supervisionKeys = {
  all: ['supervision'] as const,
  calendar: (from: string, to: string) => ['supervision', 'calendar', from, to] as const,
  ofHazard: (hazardId: string) => ['supervision', 'hazard', hazardId] as const,
  list: (query: SupervisionListQuery) => ['supervision', 'list', query] as const,
};

export function useCalendarDays(from: string, to: string) {
  return useQuery({ queryKey: supervisionKeys.calendar(from, to), queryFn: ({ signal }) => supervisionApi.calendarDays(from, to, signal), placeholderData: keepPreviousData });
}

/** Sets or clears district days; the calendar and every hazard (whose working days may change) are read again. */
export function useSetCalendarDays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetCalendarDaysBody) => supervisionApi.setCalendarDays(body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: supervisionKeys.all });
      await queryClient.invalidateQueries({ queryKey: hazardKeys.all });
    },
  });
}

export function useHazardSupervision(hazardId: string) {
  return useQuery({ queryKey: supervisionKeys.ofHazard(hazardId), queryFn: ({ signal }) => supervisionApi.ofHazard(hazardId, signal) });
}

export function useSupervisions(query: SupervisionListQuery) {
  return useQuery({ queryKey: supervisionKeys.list(query), queryFn: ({ signal }) => supervisionApi.list(query, signal), placeholderData: keepPreviousData });
}

/** 催办, 挂牌督办 and 摘牌 write the timeline: the hazard's events and the 督办 data are read again. */
function useHazardWrite<T>(hazardId: string, write: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: hazardKeys.events(hazardId) });
      await queryClient.invalidateQueries({ queryKey: supervisionKeys.all });
    },
  });
}

export const useUrgeHazard = (hazardId: string) => useHazardWrite(hazardId, (note: string) => supervisionApi.urge(hazardId, note));
export const useSuperviseHazard = (hazardId: string) => useHazardWrite(hazardId, (body: SuperviseHazardBody) => supervisionApi.supervise(hazardId, body));
export const useUnsuperviseHazard = (hazardId: string) => useHazardWrite(hazardId, () => supervisionApi.unsupervise(hazardId));
