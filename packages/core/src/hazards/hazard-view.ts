import type { Actor } from '../accounts/actor.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Hazard } from './hazard.js';
import { availableHazardActions } from './hazard-policy.js';
import type { HazardAction } from './hazard-status.js';
import { daysOverdue, escalationLevel, isOverdue, workingDaysLeft, type EscalationLevel, type HazardTimePolicy } from './hazard-time-policy.js';

/** A hazard with what is derived at read time from the clock and the reader. */
export interface HazardView extends Hazard {
  readonly isOverdue: boolean;
  /** Working days past the deadline (0 on the days after it until a working day passes). */
  readonly daysOverdue: number;
  /** Working days left until the deadline; null when no deadline runs or it passed. */
  readonly workingDaysLeft: number | null;
  readonly escalation: EscalationLevel;
  readonly availableActions: readonly HazardAction[];
}

export function viewHazard(hazard: Hazard, actor: Actor, today: CalendarDate, policy: HazardTimePolicy, calendar: WorkingCalendar): HazardView {
  const overdueDays = daysOverdue(hazard, today, calendar);
  return {
    ...hazard,
    isOverdue: isOverdue(hazard, today),
    daysOverdue: overdueDays,
    workingDaysLeft: workingDaysLeft(hazard, today, calendar),
    escalation: escalationLevel(policy, overdueDays),
    availableActions: availableHazardActions(actor, hazard),
  };
}
