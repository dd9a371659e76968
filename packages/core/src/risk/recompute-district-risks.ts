import type { Actor } from '../accounts/actor.js';
import type { CoreDeps, Stores } from '../deps.js';
import type { RiskGradingPolicy } from './risk-grading-policy.js';
import { policyFor, regrade, riskWindow } from './refresh-unit-risk.js';
import { riskManageRefused } from './risk-errors.js';
import { canManageRisk } from './risk-policy.js';
import type { RiskHistoryEntry, UnitRisk } from './unit-risk.js';

const BATCH = 1_000;

/** Regrades every unit of the district inside the caller's transaction; returns how many changed colour. */
export async function regradeDistrict(
  stores: Stores,
  input: { readonly districtCode: string; readonly now: Date; readonly ids: CoreDeps['ids']; readonly actor: Actor; readonly policy?: RiskGradingPolicy | undefined },
): Promise<{ graded: number; changed: number }> {
  const policy = input.policy ?? (await policyFor(stores, input.districtCode));
  const facts = await stores.unitRisks.loadFacts(input.districtCode, riskWindow(policy, input.now));
  let changed = 0;
  for (let start = 0; start < facts.length; start += BATCH) {
    const batch = facts.slice(start, start + BATCH);
    const previous = new Map((await stores.unitRisks.findMany(batch.map((entry) => entry.unit.id), input.districtCode)).map((risk) => [risk.unitId, risk]));
    const risks: UnitRisk[] = [];
    const history: RiskHistoryEntry[] = [];
    for (const entry of batch) {
      const result = regrade({ facts: entry, previous: previous.get(entry.unit.id), policy, now: input.now, ids: input.ids, actor: input.actor });
      risks.push(result.risk);
      if (result.history) history.push(result.history);
    }
    await stores.unitRisks.saveMany(risks);
    await stores.unitRisks.appendHistory(history);
    changed += history.length;
  }
  return { graded: facts.length, changed };
}

/**
 * Regrades every unit of the actor's district now: after a bulk load or import, or daily so that
 * time-derived facts (overdue, "recent") stay true. District office or the system only.
 */
export async function recomputeDistrictRisks(deps: CoreDeps, actor: Actor): Promise<{ graded: number; changed: number }> {
  if (!canManageRisk(actor)) throw riskManageRefused();
  const now = deps.clock.now();
  return deps.inTransaction((stores) => regradeDistrict(stores, { districtCode: actor.districtCode, now, ids: deps.ids, actor }));
}
