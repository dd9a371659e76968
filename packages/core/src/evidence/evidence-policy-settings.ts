import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import type { CoreDeps } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { evidencePolicyManageRefused } from './evidence-errors.js';
import { evidencePolicyFor, evidencePolicyProblems, type EvidencePolicy } from './evidence-policy.js';

/** The district's evidence rules (defaults until the district office changes them). */
export function getEvidencePolicy(deps: CoreDeps, actor: Actor): Promise<EvidencePolicy> {
  return evidencePolicyFor(deps, actor.districtCode);
}

/** The district office changes its evidence rules; the change is kept in the audit trail. */
export async function updateEvidencePolicy(deps: CoreDeps, actor: Actor, input: EvidencePolicy): Promise<EvidencePolicy> {
  if (!isDistrictOffice(actor)) throw evidencePolicyManageRefused();
  const problems = evidencePolicyProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
  const policy: EvidencePolicy = {
    generalReviewPhotos: input.generalReviewPhotos,
    maxPhotoAgeHours: input.maxPhotoAgeHours,
    maxPhotoDistanceMetres: input.maxPhotoDistanceMetres,
  };
  const at = deps.clock.now().toISOString();
  await deps.inTransaction((stores) => stores.evidencePolicies.save({ ...policy, districtCode: actor.districtCode, updatedBy: actor.userId, updatedAt: at }));
  return policy;
}
