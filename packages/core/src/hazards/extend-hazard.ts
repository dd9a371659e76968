import { invalidInput } from '../shared/domain-error.js';
import type { HazardActionStep } from './hazard-action.js';
import { extensionLimitReached } from './hazard-errors.js';
import { workingDeadline } from './hazard-time-policy.js';

/** 延期: an approved extension moves the deadline later; the reason is required and extensions are limited. */
export const extendHazard: HazardActionStep<'extend'> = async ({ deps }, hazard, input) => {
  const limit = deps.hazardTimePolicy.maxExtensions;
  if (hazard.extensionCount >= limit) throw extensionLimitReached(limit);
  if (!input.note.trim()) throw invalidInput([{ path: '/note', code: 'required' }]);
  if (hazard.deadline && input.deadline <= hazard.deadline) throw invalidInput([{ path: '/deadline', code: 'not_later' }]);
  // A new deadline on a holiday or rest day moves to the next working day (ADR 0063).
  const deadline = workingDeadline(deps.workingCalendars.forDistrict(hazard.districtCode), input.deadline);
  return {
    hazard: { ...hazard, deadline, extensionCount: hazard.extensionCount + 1 },
    details: { previousDeadline: hazard.deadline, deadline },
  };
};
