import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { addDays, shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { unitNotFound } from '../units/unit-errors.js';
import { noRiskOverride, riskManageRefused, riskNotGraded } from './risk-errors.js';
import type { RiskLevel } from './risk-level.js';
import { canManageRisk } from './risk-policy.js';
import { effectiveRiskLevel, isOverrideActive, type UnitRisk } from './unit-risk.js';

/** The longest an override may hold before the district decides again. */
export const MAX_OVERRIDE_DAYS = 366;

export interface OverrideUnitRiskInput {
  readonly unitId: string;
  readonly level: RiskLevel;
  readonly reason: string;
  readonly expiresOn: CalendarDate;
}

/**
 * Sets a unit's colour by decision of the district office (人工调整) inside the caller's transaction,
 * with a reason and an expiry within a year; the computed colour keeps being updated underneath and
 * returns after expiry.
 */
export async function overrideUnitRiskRecord(stores: Stores, context: WriteContext, input: OverrideUnitRiskInput): Promise<UnitRisk> {
  const { deps, actor, now } = context;
  if (!canManageRisk(actor)) throw riskManageRefused();
  const today = shanghaiDate(now);
  const problems: FieldProblem[] = [];
  if (!input.reason.trim()) problems.push({ path: '/reason', code: 'required' });
  if (input.expiresOn < today) problems.push({ path: '/expiresOn', code: 'in_past' });
  if (input.expiresOn > addDays(today, MAX_OVERRIDE_DAYS)) problems.push({ path: '/expiresOn', code: 'too_far', params: { days: MAX_OVERRIDE_DAYS } });
  if (problems.length > 0) throw invalidInput(problems);
  const { units, unitRisks } = stores;
  const unit = await units.findById(input.unitId, scopeFilterOf(actor));
  if (!unit) throw unitNotFound(input.unitId);
  const previous = await unitRisks.find(unit.id, unit.districtCode);
  if (!previous) throw riskNotGraded(unit.id);
  const nowIso = now.toISOString();
  const next: UnitRisk = {
    ...previous,
    override: { level: input.level, reason: input.reason.trim(), expiresOn: input.expiresOn, setBy: actor.userId, setByName: actor.displayName, setAt: nowIso },
  };
  await unitRisks.save(next);
  await unitRisks.appendHistory([{
    id: deps.ids.newId(), unitId: unit.id, districtCode: unit.districtCode, at: nowIso, kind: 'override_set',
    fromLevel: effectiveRiskLevel(previous, today), toLevel: input.level, computedLevel: previous.computedLevel,
    reasons: previous.reasons, actorId: actor.userId, actorName: actor.displayName, note: `${input.reason.trim()}（至${input.expiresOn}）`,
  }]);
  return next;
}

/** Sets a unit's colour by decision of the district office (人工调整), in one transaction. */
export async function overrideUnitRisk(deps: CoreDeps, actor: Actor, input: OverrideUnitRiskInput): Promise<UnitRisk> {
  if (!canManageRisk(actor)) throw riskManageRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => overrideUnitRiskRecord(stores, context, input));
}

/** Ends an override before its expiry inside the caller's transaction; the computed colour applies again at once. */
export async function clearRiskOverrideRecord(stores: Stores, context: WriteContext, input: { readonly unitId: string; readonly note?: string | undefined }): Promise<UnitRisk> {
  const { deps, actor, now } = context;
  if (!canManageRisk(actor)) throw riskManageRefused();
  const today = shanghaiDate(now);
  const { units, unitRisks } = stores;
  const unit = await units.findById(input.unitId, scopeFilterOf(actor));
  if (!unit) throw unitNotFound(input.unitId);
  const previous = await unitRisks.find(unit.id, unit.districtCode);
  if (!previous || !isOverrideActive(previous.override, today)) throw noRiskOverride(unit.id);
  const next: UnitRisk = { ...previous, override: null };
  await unitRisks.save(next);
  await unitRisks.appendHistory([{
    id: deps.ids.newId(), unitId: unit.id, districtCode: unit.districtCode, at: now.toISOString(), kind: 'override_cleared',
    fromLevel: previous.override.level, toLevel: next.computedLevel, computedLevel: next.computedLevel, reasons: next.reasons,
    actorId: actor.userId, actorName: actor.displayName, note: input.note?.trim() || null,
  }]);
  return next;
}

/** Ends an override before its expiry, in one transaction. */
export async function clearRiskOverride(deps: CoreDeps, actor: Actor, input: { readonly unitId: string; readonly note?: string | undefined }): Promise<UnitRisk> {
  if (!canManageRisk(actor)) throw riskManageRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => clearRiskOverrideRecord(stores, context, input));
}
