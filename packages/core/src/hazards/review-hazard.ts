import { REVIEW_FINDINGS } from '../evidence/evidence-policy.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { HazardActionStep } from './hazard-action.js';
import { findMissingPhotos } from './hazard-photos.js';

/**
 * 复查记录 (ADR 0087): someone other than the rectifier visits the site and records photos and a
 * finding (整改到位 / 未到位). The hazard stays 待复查; the town then closes or returns it.
 */
export const reviewHazard: HazardActionStep<'review'> = async ({ stores, actor }, hazard, input) => {
  const problems: FieldProblem[] = [];
  if (input.photoIds.length === 0) problems.push({ path: '/photoIds', code: 'required' });
  if (!REVIEW_FINDINGS.includes(input.finding)) problems.push({ path: '/finding', code: 'choose' });
  problems.push(...(await findMissingPhotos(stores, actor, input.photoIds, '/photoIds')));
  if (problems.length > 0) throw invalidInput(problems);
  return { hazard, photoIds: input.photoIds, details: { finding: input.finding } };
};
