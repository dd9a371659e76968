import { invalidInput } from '../shared/domain-error.js';
import type { HazardActionStep } from './hazard-action.js';
import { assigneeProblem } from './hazard-assignee.js';

/** 改派: hands the rectification to someone else; the deadline stays. */
export const reassignHazard: HazardActionStep<'reassign'> = async ({ stores }, hazard, input) => {
  const problem = await assigneeProblem(stores, hazard, input.assigneeId);
  if (problem) throw invalidInput([problem]);
  return {
    hazard: { ...hazard, assigneeId: input.assigneeId },
    details: { previousAssigneeId: hazard.assigneeId, assigneeId: input.assigneeId },
  };
};
