import type { EvidencePolicyStore, StoredEvidencePolicy } from '../evidence/evidence-policy.js';

export interface MemoryEvidenceTables {
  evidencePolicies: Map<string, StoredEvidencePolicy>;
}

export function createMemoryEvidenceTables(): MemoryEvidenceTables {
  return { evidencePolicies: new Map() };
}

/** Each district's evidence rules, one row per district (ADR 0087). */
export function createMemoryEvidencePolicyStore(tables: MemoryEvidenceTables): EvidencePolicyStore {
  return {
    find: async (districtCode) => tables.evidencePolicies.get(districtCode),
    save: async (policy) => void tables.evidencePolicies.set(policy.districtCode, policy),
  };
}
