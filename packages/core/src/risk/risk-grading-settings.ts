import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { regradeDistrict } from './recompute-district-risks.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { policyFor, regrade, riskWindow } from './refresh-unit-risk.js';
import { riskManageRefused } from './risk-errors.js';
import { riskPolicyProblems, type RiskGradingPolicy } from './risk-grading-policy.js';
import { canManageRisk } from './risk-policy.js';
import type { RiskLevel } from './risk-level.js';
import { effectiveRiskLevel } from './unit-risk.js';

/** The district's grading method, bands and patrol frequencies (defaults until changed). */
export async function getRiskGradingPolicy(deps: CoreDeps, actor: Actor): Promise<RiskGradingPolicy> {
  return policyFor(deps, actor.districtCode);
}

/** Changes the district's grading settings and regrades every unit with them, inside the caller's transaction. */
export async function updateRiskGradingPolicyRecord(stores: Stores, context: WriteContext, input: RiskGradingPolicy): Promise<{ policy: RiskGradingPolicy; graded: number; changed: number }> {
  const { deps, actor, now } = context;
  if (!canManageRisk(actor)) throw riskManageRefused();
  const problems = riskPolicyProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
  await stores.riskPolicies.save(actor.districtCode, input, { at: now.toISOString(), by: actor.userId });
  const result = await regradeDistrict(stores, { districtCode: actor.districtCode, now, ids: deps.ids, actor, policy: input });
  return { policy: input, ...result };
}

/** Changes the district's grading settings and regrades every unit with them, in one transaction. */
export async function updateRiskGradingPolicy(
  deps: CoreDeps,
  actor: Actor,
  policy: RiskGradingPolicy,
): Promise<{ policy: RiskGradingPolicy; graded: number; changed: number }> {
  if (!canManageRisk(actor)) throw riskManageRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => updateRiskGradingPolicyRecord(stores, context, policy));
}

/** Units by colour in effect, and those not graded yet. */
export type RiskLevelCounts = Readonly<Record<RiskLevel | 'ungraded', number>>;

export interface RiskPolicyPreview {
  readonly graded: number;
  /** Units whose colour in effect would change (an override in force keeps its colour). */
  readonly changed: number;
  readonly before: RiskLevelCounts;
  readonly after: RiskLevelCounts;
}

/**
 * What saving `input` would do, before it is saved (issue 16): every unit of the district graded
 * with the proposed settings by the same `regrade` as the save, counted by colour; nothing is written.
 */
export async function previewRiskGradingPolicy(deps: CoreDeps, actor: Actor, input: RiskGradingPolicy): Promise<RiskPolicyPreview> {
  if (!canManageRisk(actor)) throw riskManageRefused();
  const problems = riskPolicyProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const facts = await deps.unitRisks.loadFacts(actor.districtCode, riskWindow(input, now));
  const before = { red: 0, orange: 0, yellow: 0, blue: 0, ungraded: 0 };
  const after = { ...before };
  let changed = 0;
  for (let start = 0; start < facts.length; start += PREVIEW_BATCH) {
    const batch = facts.slice(start, start + PREVIEW_BATCH);
    const previous = new Map((await deps.unitRisks.findMany(batch.map((entry) => entry.unit.id), actor.districtCode)).map((risk) => [risk.unitId, risk]));
    for (const entry of batch) {
      const old = previous.get(entry.unit.id);
      const was = old ? effectiveRiskLevel(old, today) : 'ungraded';
      const will = effectiveRiskLevel(regrade({ facts: entry, previous: old, policy: input, now, ids: deps.ids }).risk, today);
      before[was] += 1;
      after[will] += 1;
      if (was !== will) changed += 1;
    }
  }
  return { graded: facts.length, changed, before, after };
}

const PREVIEW_BATCH = 1_000;
