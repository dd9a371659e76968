import { reviewEvidenceRequired } from '../evidence/evidence-errors.js';
import { evidencePolicyFor, reviewPhotosRequired } from '../evidence/evidence-policy.js';
import { reviewPhotoIdsOf } from '../evidence/hazard-evidence.js';
import { invalidInput } from '../shared/domain-error.js';
import type { HazardActionStep } from './hazard-action.js';
import { findMissingPhotos } from './hazard-photos.js';

/**
 * 复查通过, 销号: the re-inspection accepts the rectification and the hazard is closed. Review
 * photos — from a 复查 visit since the last rectification, or given now — are required for major
 * hazards and, as the district decides, for general ones (ADR 0087).
 */
export const closeHazard: HazardActionStep<'close'> = async ({ stores, actor, now }, hazard, input) => {
  const photoIds = input.photoIds ?? [];
  const missing = await findMissingPhotos(stores, actor, photoIds, '/photoIds');
  if (missing.length > 0) throw invalidInput(missing);
  if (photoIds.length === 0 && reviewPhotosRequired(await evidencePolicyFor(stores, hazard.districtCode), hazard)) {
    const events = await stores.hazardEvents.listForHazard(hazard.id, hazard.districtCode);
    if (reviewPhotoIdsOf(events).length === 0) throw reviewEvidenceRequired(hazard.level);
  }
  return { hazard: { ...hazard, status: 'closed', closedAt: now }, photoIds };
};
