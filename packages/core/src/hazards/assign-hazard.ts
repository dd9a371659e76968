import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { missingPlanParts } from './hazard.js';
import type { HazardActionStep } from './hazard-action.js';
import { assigneeProblem } from './hazard-assignee.js';
import { majorPlanIncomplete } from './hazard-errors.js';
import { defaultDeadline, workingDeadline } from './hazard-time-policy.js';
import { completePlan } from './report-hazard.js';

/** 交办: sets the deadline (default by level and category) and the assignee. A major hazard needs its 五到位 plan. */
export const assignHazard: HazardActionStep<'assign'> = async ({ deps, stores, today }, hazard, input) => {
  const plan = input.plan || hazard.plan ? completePlan({ ...hazard.plan, ...input.plan }) : null;
  if (hazard.level === 'major') {
    const missing = missingPlanParts(plan);
    if (missing.length > 0) throw majorPlanIncomplete(missing);
  }
  const calendar = deps.workingCalendars.forDistrict(hazard.districtCode);
  const planDeadline = hazard.level === 'major' && plan?.deadline ? plan.deadline : undefined;
  const chosen = input.deadline ?? planDeadline;
  // A deadline chosen on a holiday or rest day moves to the next working day (ADR 0063).
  const deadline = chosen ? workingDeadline(calendar, chosen) : defaultDeadline(deps.hazardTimePolicy, hazard, today, calendar);
  const problems: FieldProblem[] = [];
  if (chosen && chosen < today) problems.push({ path: input.deadline ? '/deadline' : '/plan/deadline', code: 'in_past' });
  if (input.assigneeId) {
    const problem = await assigneeProblem(stores, hazard, input.assigneeId);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw invalidInput(problems);
  return {
    hazard: { ...hazard, status: 'assigned', deadline, assigneeId: input.assigneeId ?? null, plan },
    details: { deadline, assigneeId: input.assigneeId ?? null },
  };
};
