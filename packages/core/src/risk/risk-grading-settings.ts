import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
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

/** Changes the district's grading settings and regrades every unit with them, in one transaction. */
export async function updateRiskGradingPolicy(
  deps: CoreDeps,
  actor: Actor,
  policy: RiskGradingPolicy,
): Promise<{ policy: RiskGradingPolicy; graded: number; changed: number }> {
  if (!canManageRisk(actor)) throw riskManageRefused();
  const problems = riskPolicyProblems(policy);
  if (problems.length > 0) throw invalidInput(problems);
  const now = deps.clock.now();
  return deps.inTransaction(async (stores) => {
    await stores.riskPolicies.save(actor.districtCode, policy, { at: now.toISOString(), by: actor.userId });
    const result = await regradeDistrict(stores, { districtCode: actor.districtCode, now, ids: deps.ids, actor, policy });
    return { policy, ...result };
  });
}
