import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { evidencePolicyManageRefused } from './evidence-errors.js';
import { evidencePolicyFor, evidencePolicyProblems, type EvidencePolicy } from './evidence-policy.js';

/** The district's evidence rules (defaults until the district office changes them). */
export function getEvidencePolicy(deps: CoreDeps, actor: Actor): Promise<EvidencePolicy> {
  return evidencePolicyFor(deps, actor.districtCode);
}

/** The district office changes its evidence rules inside the caller's transaction; the store chains it in the audit trail. */
export async function updateEvidencePolicyRecord(stores: Stores, context: WriteContext, input: EvidencePolicy): Promise<EvidencePolicy> {
  const { actor, now } = context;
  if (!isDistrictOffice(actor)) throw evidencePolicyManageRefused();
  const problems = evidencePolicyProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
  const policy: EvidencePolicy = {
    generalReviewPhotos: input.generalReviewPhotos,
    maxPhotoAgeHours: input.maxPhotoAgeHours,
    maxPhotoDistanceMetres: input.maxPhotoDistanceMetres,
  };
  await stores.evidencePolicies.save({ ...policy, districtCode: actor.districtCode, updatedBy: actor.userId, updatedAt: now.toISOString() });
  return policy;
}

/** The district office changes its evidence rules, in one transaction. */
export async function updateEvidencePolicy(deps: CoreDeps, actor: Actor, input: EvidencePolicy): Promise<EvidencePolicy> {
  if (!isDistrictOffice(actor)) throw evidencePolicyManageRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => updateEvidencePolicyRecord(stores, context, input));
}
