import type { Actor } from '../accounts/actor.js';
import type { Stores } from '../deps.js';
import { addDays, shanghaiDate, startOfShanghaiDay } from '../shared/calendar-date.js';
import type { IdGenerator } from '../shared/ids.js';
import { gradeUnitRisk } from './grade-unit-risk.js';
import type { RiskFacts, RiskWindow } from './risk-facts.js';
import { DEFAULT_RISK_GRADING_POLICY, type RiskGradingPolicy } from './risk-grading-policy.js';
import { effectiveRiskLevel, type RiskHistoryEntry, type UnitRisk } from './unit-risk.js';

/** The window of "recent" for a policy on `now`. */
export function riskWindow(policy: RiskGradingPolicy, now: Date): RiskWindow {
  const today = shanghaiDate(now);
  return { today, since: startOfShanghaiDay(addDays(today, -Math.round(policy.recentMonths * 30.4))) };
}

export async function policyFor(stores: Pick<Stores, 'riskPolicies'>, districtCode: string): Promise<RiskGradingPolicy> {
  return (await stores.riskPolicies.find(districtCode)) ?? DEFAULT_RISK_GRADING_POLICY;
}

/** The new grading of a unit from its facts, keeping its override; and a history entry when the colour changed. */
export function regrade(input: {
  facts: RiskFacts;
  previous: UnitRisk | undefined;
  policy: RiskGradingPolicy;
  now: Date;
  ids: IdGenerator;
  actor?: Pick<Actor, 'userId' | 'displayName'> | undefined;
}): { risk: UnitRisk; history: RiskHistoryEntry | null } {
  const { facts, previous, now } = input;
  const today = shanghaiDate(now);
  const grade = gradeUnitRisk(facts, input.policy, today);
  const { unit } = facts;
  const risk: UnitRisk = {
    unitId: unit.id, districtCode: unit.districtCode, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId,
    sector: unit.sector, computedLevel: grade.level, method: grade.method, score: grade.score, factors: grade.factors,
    reasons: grade.reasons, computedAt: now.toISOString(), override: previous?.override ?? null, lastVisitedAt: facts.lastVisitedAt,
  };
  if (previous && previous.computedLevel === risk.computedLevel) return { risk, history: null };
  const history: RiskHistoryEntry = {
    id: input.ids.newId(), unitId: unit.id, districtCode: unit.districtCode, at: risk.computedAt, kind: 'computed',
    fromLevel: previous ? effectiveRiskLevel(previous, today) : null, toLevel: effectiveRiskLevel(risk, today),
    computedLevel: risk.computedLevel, reasons: risk.reasons, actorId: input.actor?.userId ?? 'system',
    actorName: input.actor?.displayName ?? 'SafeGrid', note: null,
  };
  return { risk, history };
}

/**
 * Recomputes one unit's risk inside the caller's transaction: after a hazard is reported or acted
 * on, an inspection is finished, or the unit's kind or tags change. A hazard without a unit changes nothing.
 */
export async function refreshUnitRisk(
  stores: Stores,
  input: { readonly unitId: string | null; readonly districtCode: string; readonly now: Date; readonly ids: IdGenerator },
): Promise<UnitRisk | null> {
  if (!input.unitId) return null;
  const [risk] = await refreshUnitRisks(stores, { ...input, unitIds: [input.unitId] });
  return risk ?? null;
}

/**
 * `refreshUnitRisk` for many units of one district at once (a 台账导入 grades thousands): the same
 * `regrade`, with facts, previous gradings and writes in batches.
 */
export async function refreshUnitRisks(
  stores: Stores,
  input: { readonly unitIds: readonly string[]; readonly districtCode: string; readonly now: Date; readonly ids: IdGenerator },
): Promise<UnitRisk[]> {
  if (input.unitIds.length === 0) return [];
  const policy = await policyFor(stores, input.districtCode);
  const facts = await stores.unitRisks.loadFacts(input.districtCode, riskWindow(policy, input.now), input.unitIds);
  const previous = new Map((await stores.unitRisks.findMany(input.unitIds, input.districtCode)).map((risk) => [risk.unitId, risk]));
  const risks: UnitRisk[] = [];
  const history: RiskHistoryEntry[] = [];
  for (const entry of facts) {
    const result = regrade({ facts: entry, previous: previous.get(entry.unit.id), policy, now: input.now, ids: input.ids });
    risks.push(result.risk);
    if (result.history) history.push(result.history);
  }
  await stores.unitRisks.saveMany(risks);
  await stores.unitRisks.appendHistory(history);
  return risks;
}
