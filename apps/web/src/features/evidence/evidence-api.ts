import type { HazardEvidenceResponse } from '@safegrid/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api-client';

export const evidenceApi = {
  forHazard: (id: string, signal?: AbortSignal) => apiRequest<HazardEvidenceResponse>(`/hazards/${id}/evidence`, { signal }),
};

// Under the hazard's timeline key: every action refreshes the timeline, and with it this.
export const evidenceKey = (id: string) => ['hazards', 'events', id, 'evidence'] as const;

/** 整改前 / 整改后 / 复查 photos of a hazard with their time and place checks (ADR 0087). */
export function useHazardEvidence(id: string, enabled = true) {
  return useQuery({ queryKey: evidenceKey(id), queryFn: ({ signal }) => evidenceApi.forHazard(id, signal), enabled });
}
