import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { unitNotFound } from '../units/unit-errors.js';
import { tenantReviewRefused } from './park-errors.js';
import { canDecideOutcome } from './park-policy.js';
import type { TenantOutcome, TenantOutcomeKind } from './tenant-review.js';

export interface RecordTenantOutcomeInput {
  readonly unitId: string;
  readonly outcome: TenantOutcomeKind;
  readonly note?: string | undefined;
}

/**
 * Records what becomes of a 厂中厂 tenant (关停取缔 / 规范达标 / 更新改造) inside the caller's
 * transaction; a later decision replaces the earlier one. The unit's registry status is changed separately.
 */
export async function recordTenantOutcomeRecord(stores: Stores, context: WriteContext, input: RecordTenantOutcomeInput): Promise<TenantOutcome> {
  const { actor, now } = context;
  if (!canDecideOutcome(actor)) throw tenantReviewRefused('outcome');
  const unit = await stores.units.findById(input.unitId, scopeFilterOf(actor));
  if (!unit) throw unitNotFound(input.unitId);
  if (!unit.parentId) throw invalidInput([{ path: '/unitId', code: 'not_a_tenant' }]);
  const outcome: TenantOutcome = {
    unitId: unit.id, parkId: unit.parentId, districtCode: unit.districtCode, townCode: unit.townCode, villageCode: unit.villageCode,
    gridId: unit.gridId, sector: unit.sector, outcome: input.outcome, note: input.note?.trim() || null,
    decidedBy: actor.userId, decidedByName: actor.displayName, decidedAt: now.toISOString(),
  };
  await stores.tenantReviews.saveOutcome(outcome);
  return outcome;
}

/** Records what becomes of a 厂中厂 tenant, in one transaction. */
export async function recordTenantOutcome(deps: CoreDeps, actor: Actor, input: RecordTenantOutcomeInput): Promise<TenantOutcome> {
  if (!canDecideOutcome(actor)) throw tenantReviewRefused('outcome');
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => recordTenantOutcomeRecord(stores, context, input));
}
