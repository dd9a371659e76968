import { invalidInput } from '../shared/domain-error.js';
import type { HazardActionStep } from './hazard-action.js';
import { findMissingPhotos } from './hazard-photos.js';

/** 提交整改: the rectifier reports the work done, with photos as evidence. */
export const submitHazard: HazardActionStep<'submit'> = async ({ stores, actor }, hazard, input) => {
  if (input.photoIds.length === 0) throw invalidInput([{ path: '/photoIds', code: 'required' }]);
  const missing = await findMissingPhotos(stores, actor, input.photoIds, '/photoIds');
  if (missing.length > 0) throw invalidInput(missing);
  return {
    hazard: { ...hazard, status: 'submitted', submittedBy: actor.userId },
    photoIds: input.photoIds,
  };
};
