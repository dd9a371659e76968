import type { RiskAreaQuery, RiskOverrideBody, RiskPolicyBody, RiskPolicyResponse, UnitRiskResponse } from '@safegrid/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { riskApi } from './risk-api';

// The overview and the map live under ['stats'] so the dashboard's live updates refresh them: a
// hazard found or closed changes the unit's colour in the same transaction.
export const riskKeys = {
  unit: (unitId: string) => ['risk', 'unit', unitId] as const,
  overview: (query: RiskAreaQuery) => ['stats', 'risk-overview', query] as const,
  map: (query: RiskAreaQuery) => ['stats', 'risk-map', query] as const,
  policy: ['risk', 'policy'] as const,
};

export function useUnitRisk(unitId: string) {
  return useQuery({ queryKey: riskKeys.unit(unitId), queryFn: ({ signal }) => riskApi.unit(unitId, signal) });
}

export function useRiskOverview(query: RiskAreaQuery = {}) {
  return useQuery({ queryKey: riskKeys.overview(query), queryFn: ({ signal }) => riskApi.overview(query, signal) });
}

/** The 四色图 points; only fetched while the layer is shown. */
export function useRiskMap(enabled: boolean, query: RiskAreaQuery = {}) {
  return useQuery({ queryKey: riskKeys.map(query), queryFn: ({ signal }) => riskApi.map(query, signal), enabled, staleTime: 60_000 });
}

export function useRiskPolicy() {
  return useQuery({ queryKey: riskKeys.policy, queryFn: ({ signal }) => riskApi.policy(signal) });
}

// A colour change shows everywhere the unit appears: its record, the registry, the map, the counts.
async function afterRiskChange(queryClient: QueryClient, unitId: string, risk: UnitRiskResponse) {
  queryClient.setQueryData(riskKeys.unit(unitId), risk);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['units'] }),
    queryClient.invalidateQueries({ queryKey: ['stats', 'risk-overview'] }),
    queryClient.invalidateQueries({ queryKey: ['stats', 'risk-map'] }),
    queryClient.invalidateQueries({ queryKey: ['patrols'] }),
  ]);
}

export function useOverrideRisk(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RiskOverrideBody) => riskApi.override(unitId, body),
    onSuccess: (risk) => afterRiskChange(queryClient, unitId, risk),
  });
}

export function useClearRiskOverride(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => riskApi.clearOverride(unitId),
    onSuccess: (risk) => afterRiskChange(queryClient, unitId, risk),
  });
}

export function useUpdateRiskPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RiskPolicyBody) => riskApi.updatePolicy(body),
    onSuccess: async (policy) => {
      queryClient.setQueryData<RiskPolicyResponse>(riskKeys.policy, policy);
      // Every unit was regraded with the new settings.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['risk'] }),
        queryClient.invalidateQueries({ queryKey: ['stats', 'risk-overview'] }),
        queryClient.invalidateQueries({ queryKey: ['stats', 'risk-map'] }),
        queryClient.invalidateQueries({ queryKey: ['units'] }),
        queryClient.invalidateQueries({ queryKey: ['patrols'] }),
      ]);
    },
  });
}

/** 预览: how saving proposed settings would colour the district; nothing is saved. */
export function usePreviewRiskPolicy() {
  return useMutation({ mutationFn: (body: RiskPolicyBody) => riskApi.previewPolicy(body) });
}
