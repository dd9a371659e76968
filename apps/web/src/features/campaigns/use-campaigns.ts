import type { CampaignResponse, CampaignUnitCountQuery, CampaignUnitsQuery, CreateCampaignBody } from '@safegrid/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { campaignsApi } from './campaigns-api';

export const campaignKeys = {
  list: ['campaigns', 'list'] as const,
  detail: (id: string) => ['campaigns', 'detail', id] as const,
  coverage: (id: string) => ['campaigns', 'coverage', id] as const,
  units: (id: string, query: CampaignUnitsQuery) => ['campaigns', 'units', id, query] as const,
  unitCount: (id: string, query: CampaignUnitCountQuery) => ['campaigns', 'unit-count', id, query] as const,
  progress: (id: string) => ['campaigns', 'progress', id] as const,
  report: (id: string) => ['campaigns', 'report', id] as const,
};

export function useCampaignList() {
  return useQuery({ queryKey: campaignKeys.list, queryFn: ({ signal }) => campaignsApi.list(signal) });
}

export function useCampaign(id: string) {
  return useQuery({ queryKey: campaignKeys.detail(id), queryFn: ({ signal }) => campaignsApi.get(id, signal) });
}

export function useCampaignCoverage(id: string) {
  return useQuery({ queryKey: campaignKeys.coverage(id), queryFn: ({ signal }) => campaignsApi.coverage(id, signal) });
}

export function useCampaignUnits(id: string, query: CampaignUnitsQuery) {
  return useQuery({ queryKey: campaignKeys.units(id, query), queryFn: ({ signal }) => campaignsApi.units(id, query, signal), placeholderData: keepPreviousData });
}

/** 共 N 条 of the campaign's unit list: the same state and town, without the page. */
export function useCampaignUnitCount(id: string, query: CampaignUnitCountQuery) {
  return useQuery({ queryKey: campaignKeys.unitCount(id, query), queryFn: ({ signal }) => campaignsApi.unitCount(id, query, signal), placeholderData: keepPreviousData });
}

export function useCampaignProgress(id: string) {
  return useQuery({ queryKey: campaignKeys.progress(id), queryFn: ({ signal }) => campaignsApi.progress(id, signal) });
}

export function useCampaignReport(id: string, enabled: boolean) {
  return useQuery({ queryKey: campaignKeys.report(id), queryFn: ({ signal }) => campaignsApi.report(id, signal), enabled });
}

export function useCampaignChecklists() {
  return useQuery({ queryKey: ['campaigns', 'checklists'] as const, queryFn: ({ signal }) => campaignsApi.checklists(signal), staleTime: 5 * 60_000 });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCampaignBody) => campaignsApi.create(body),
    onSuccess: async (campaign) => {
      queryClient.setQueryData<CampaignResponse>(campaignKeys.detail(campaign.id), campaign);
      await queryClient.invalidateQueries({ queryKey: campaignKeys.list });
    },
  });
}
