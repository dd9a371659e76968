import type { EvidencePolicyBody, EvidencePolicyResponse, HazardEvidenceResponse } from '@safegrid/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api-client';

export const evidenceApi = {
  forHazard: (id: string, signal?: AbortSignal) => apiRequest<HazardEvidenceResponse>(`/hazards/${id}/evidence`, { signal }),
  policy: (signal?: AbortSignal) => apiRequest<EvidencePolicyResponse>('/settings/evidence-policy', { signal }),
  updatePolicy: (body: EvidencePolicyBody) => apiRequest<EvidencePolicyResponse>('/settings/evidence-policy', { method: 'PUT', body }),
};

// Under the hazard's timeline key: every action refreshes the timeline, and with it this.
export const evidenceKey = (id: string) => ['hazards', 'events', id, 'evidence'] as const;
export const evidencePolicyKey = ['settings', 'evidence-policy'] as const;

/** 整改前 / 整改后 / 复查 photos of a hazard with their time and place checks (ADR 0087). */
export function useHazardEvidence(id: string, enabled = true) {
  return useQuery({ queryKey: evidenceKey(id), queryFn: ({ signal }) => evidenceApi.forHazard(id, signal), enabled });
}

/** The district's closing-evidence rules (defaults until the district office saves its own). */
export function useEvidencePolicy() {
  return useQuery({ queryKey: evidencePolicyKey, queryFn: ({ signal }) => evidenceApi.policy(signal) });
}

export function useUpdateEvidencePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvidencePolicyBody) => evidenceApi.updatePolicy(body),
    onSuccess: async (policy) => {
      queryClient.setQueryData<EvidencePolicyResponse>(evidencePolicyKey, policy);
      // Whether a hazard's 销号 needs review photos is part of its evidence answer.
      await queryClient.invalidateQueries({ queryKey: ['hazards', 'events'] });
    },
  });
}
