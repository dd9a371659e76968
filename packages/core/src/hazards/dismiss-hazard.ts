import { scopeFilterOf } from '../accounts/scope.js';
import { invalidInput } from '../shared/domain-error.js';
import type { HazardActionStep } from './hazard-action.js';

/** 不予受理: a report that is not true (不属实) or repeats another one (重复, naming it). */
export const dismissHazard: HazardActionStep<'dismiss'> = async ({ stores, actor }, hazard, input) => {
  if (input.reason === 'duplicate') {
    if (!input.duplicateOf) throw invalidInput([{ path: '/duplicateOf', code: 'required' }]);
    const original = input.duplicateOf === hazard.id ? undefined : await stores.hazards.findById(input.duplicateOf, scopeFilterOf(actor));
    if (!original) throw invalidInput([{ path: '/duplicateOf', code: 'not_found' }]);
  }
  return {
    hazard: { ...hazard, status: 'dismissed', dismissReason: input.reason },
    details: { reason: input.reason, duplicateOf: input.duplicateOf ?? null },
  };
};
