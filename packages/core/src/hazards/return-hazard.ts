import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { HazardActionStep } from './hazard-action.js';
import { defaultDeadline, workingDeadline } from './hazard-time-policy.js';

/** 复查不通过: back to rectification with the reason and a new deadline. */
export const returnHazard: HazardActionStep<'return'> = async ({ deps, today }, hazard, input) => {
  const calendar = deps.workingCalendars.forDistrict(hazard.districtCode);
  const deadline = input.deadline ? workingDeadline(calendar, input.deadline) : defaultDeadline(deps.hazardTimePolicy, hazard, today, calendar);
  const problems: FieldProblem[] = [];
  if (!input.note.trim()) problems.push({ path: '/note', code: 'required' });
  if (input.deadline && input.deadline < today) problems.push({ path: '/deadline', code: 'in_past' });
  if (problems.length > 0) throw invalidInput(problems);
  return {
    hazard: { ...hazard, status: 'assigned', deadline, submittedBy: null },
    details: { deadline },
  };
};
