import type { Actor } from '../accounts/actor.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Hazard } from './hazard.js';
import { availableHazardActions } from './hazard-policy.js';
import type { HazardAction } from './hazard-status.js';
import { daysOverdue, escalationLevel, type EscalationLevel, type HazardTimePolicy } from './hazard-time-policy.js';

/** A hazard with what is derived at read time from the clock and the reader. */
export interface HazardView extends Hazard {
  readonly isOverdue: boolean;
  readonly daysOverdue: number;
  readonly escalation: EscalationLevel;
  readonly availableActions: readonly HazardAction[];
}

export function viewHazard(hazard: Hazard, actor: Actor, today: CalendarDate, policy: HazardTimePolicy): HazardView {
  const overdueDays = daysOverdue(hazard, today);
  return {
    ...hazard,
    isOverdue: overdueDays > 0,
    daysOverdue: overdueDays,
    escalation: escalationLevel(policy, overdueDays),
    availableActions: availableHazardActions(actor, hazard),
  };
}
