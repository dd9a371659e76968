import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { unitNotFound } from '../units/unit-errors.js';
import { tenantReviewRefused } from './park-errors.js';
import { canDecideOutcome } from './park-policy.js';
import type { TenantOutcome, TenantOutcomeKind } from './tenant-review.js';

/**
 * Records what becomes of a 厂中厂 tenant (关停取缔 / 规范达标 / 更新改造); a later decision replaces
 * the earlier one. The unit's registry status is changed separately.
 */
export async function recordTenantOutcome(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly unitId: string; readonly outcome: TenantOutcomeKind; readonly note?: string | undefined },
): Promise<TenantOutcome> {
  if (!canDecideOutcome(actor)) throw tenantReviewRefused('outcome');
  return deps.inTransaction(async ({ units, tenantReviews }) => {
    const unit = await units.findById(input.unitId, scopeFilterOf(actor));
    if (!unit) throw unitNotFound(input.unitId);
    if (!unit.parentId) throw invalidInput([{ path: '/unitId', code: 'not_a_tenant' }]);
    const outcome: TenantOutcome = {
      unitId: unit.id, parkId: unit.parentId, districtCode: unit.districtCode, townCode: unit.townCode, villageCode: unit.villageCode,
      gridId: unit.gridId, sector: unit.sector, outcome: input.outcome, note: input.note?.trim() || null,
      decidedBy: actor.userId, decidedByName: actor.displayName, decidedAt: deps.clock.now().toISOString(),
    };
    await tenantReviews.saveOutcome(outcome);
    return outcome;
  });
}
