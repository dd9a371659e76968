import { scopeFilterOf } from '../accounts/scope.js';
import { invalidInput } from '../shared/domain-error.js';
import type { HazardActionStep } from './hazard-action.js';
import { isOpenStatus } from './hazard-status.js';

/**
 * 不予受理: a report that is not true (不属实) or repeats another one (重复, naming it). A duplicate is
 * merged into the original (ADR 0074): its public reporters follow the original from now on and the
 * merge is recorded, so the original's page shows the duplicate's reporters and photos and counts it.
 */
export const dismissHazard: HazardActionStep<'dismiss'> = async ({ stores, actor, now }, hazard, input) => {
  if (input.reason === 'duplicate') {
    if (!input.duplicateOf) throw invalidInput([{ path: '/duplicateOf', code: 'required' }]);
    const original = input.duplicateOf === hazard.id ? undefined : await stores.hazards.findById(input.duplicateOf, scopeFilterOf(actor));
    if (!original) throw invalidInput([{ path: '/duplicateOf', code: 'not_found' }]);
    if (!isOpenStatus(original.status) && original.status !== 'closed') throw invalidInput([{ path: '/duplicateOf', code: 'not_mergeable' }]);
    await stores.publicReports.repoint(hazard.districtCode, hazard.id, original.id);
    await stores.publicReports.recordMerge({ districtCode: hazard.districtCode, duplicateId: hazard.id, originalId: original.id, mergedAt: now });
  }
  return {
    hazard: { ...hazard, status: 'dismissed', dismissReason: input.reason },
    details: { reason: input.reason, duplicateOf: input.duplicateOf ?? null },
  };
};
