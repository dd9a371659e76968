import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { regradeDistrict } from './recompute-district-risks.js';
import { policyFor } from './refresh-unit-risk.js';
import { riskManageRefused } from './risk-errors.js';
import { riskPolicyProblems, type RiskGradingPolicy } from './risk-grading-policy.js';
import { canManageRisk } from './risk-policy.js';

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
