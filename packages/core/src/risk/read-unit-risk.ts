import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import type { Unit } from '../units/unit.js';
import { unitNotFound } from '../units/unit-errors.js';
import { patrolStatus, type PatrolStatus } from './patrol-schedule.js';
import { policyFor } from './refresh-unit-risk.js';
import type { RiskLevel } from './risk-level.js';
import type { RiskReason } from './risk-reason.js';
import { effectiveRiskLevel, effectiveRiskReasons, type RiskHistoryEntry, type UnitRisk } from './unit-risk.js';

/** A unit's grading as shown with the unit: the colour in effect and why. Null level: not graded yet. */
export interface UnitRiskSummary {
  readonly level: RiskLevel | null;
  readonly reasons: readonly RiskReason[];
}

/** Grading summaries for units already read in the actor's scope, by unit id. */
export async function summarizeUnitRisks(deps: CoreDeps, units: readonly Pick<Unit, 'id' | 'districtCode'>[]): Promise<Map<string, UnitRiskSummary>> {
  const today = shanghaiDate(deps.clock.now());
  const byDistrict = new Map<string, string[]>();
  for (const unit of units) byDistrict.set(unit.districtCode, [...(byDistrict.get(unit.districtCode) ?? []), unit.id]);
  const summaries = new Map<string, UnitRiskSummary>();
  for (const [districtCode, ids] of byDistrict) {
    for (const risk of await deps.unitRisks.findMany(ids, districtCode)) {
      summaries.set(risk.unitId, { level: effectiveRiskLevel(risk, today), reasons: effectiveRiskReasons(risk, today) });
    }
  }
  return summaries;
}

export interface UnitRiskDetail {
  readonly unitId: string;
  readonly risk: UnitRisk | null;
  readonly level: RiskLevel | null;
  readonly reasons: readonly RiskReason[];
  readonly patrol: PatrolStatus | null;
  readonly history: readonly RiskHistoryEntry[];
}

/** A unit's grading in full: computed colour, override, reasons, patrol due date and history. */
export async function getUnitRisk(deps: CoreDeps, actor: Actor, unitId: string): Promise<UnitRiskDetail> {
  const unit = await deps.units.findById(unitId, scopeFilterOf(actor));
  if (!unit) throw unitNotFound(unitId);
  const today = shanghaiDate(deps.clock.now());
  const [risk, history, policy] = await Promise.all([
    deps.unitRisks.find(unit.id, unit.districtCode),
    deps.unitRisks.listHistory(unit.id, unit.districtCode),
    policyFor(deps, unit.districtCode),
  ]);
  return {
    unitId: unit.id,
    risk: risk ?? null,
    level: risk ? effectiveRiskLevel(risk, today) : null,
    reasons: risk ? effectiveRiskReasons(risk, today) : [],
    patrol: risk ? patrolStatus({ unit, risk }, policy, today) : null,
    history,
  };
}
