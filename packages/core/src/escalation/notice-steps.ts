import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Hazard, HazardNoticeAction } from '../hazards/hazard.js';
import { DEADLINE_STATUS, type HazardTimePolicy } from '../hazards/hazard-time-policy.js';

/**
 * The steps of automatic 督办, each taken once per hazard AND deadline: an extended or new deadline
 * (延期, 复查不通过) arms them again. The key of the "sent once" table (hazard_notice_steps).
 */
export const NOTICE_STEPS = ['remind', 'overdue', 'escalate_department', 'escalate_district'] as const;
export type NoticeStep = (typeof NOTICE_STEPS)[number];
/** The last step: a hazard that has it for its deadline is no longer a candidate. */
export const LAST_NOTICE_STEP: NoticeStep = 'escalate_district';

export interface DueNoticeStep {
  readonly step: NoticeStep;
  readonly action: Extract<HazardNoticeAction, 'remind' | 'overdue' | 'escalate'>;
  readonly deadline: CalendarDate;
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * What automatic 督办 owes a hazard on `today`, in order, before "sent once" is applied: a reminder
 * when the deadline is at most `remindWorkingDays` working days away; once it has passed, the
 * overdue notice, then escalation to the sector department and to the district after their numbers
 * of working days overdue. A job that missed days writes the steps it missed, each once.
 */
export function dueNoticeSteps(policy: HazardTimePolicy, calendar: WorkingCalendar, hazard: Pick<Hazard, 'status' | 'deadline'>, today: CalendarDate): DueNoticeStep[] {
  const { deadline } = hazard;
  if (hazard.status !== DEADLINE_STATUS || !deadline) return [];
  if (deadline >= today) {
    const workingDaysLeft = calendar.workingDaysBetween(today, deadline);
    return workingDaysLeft <= policy.remindWorkingDays ? [{ step: 'remind', action: 'remind', deadline, details: { deadline, workingDaysLeft } }] : [];
  }
  const workingDaysOverdue = calendar.workingDaysBetween(deadline, today);
  const steps: DueNoticeStep[] = [{ step: 'overdue', action: 'overdue', deadline, details: { deadline } }];
  if (workingDaysOverdue >= policy.escalationDays.department) {
    steps.push({ step: 'escalate_department', action: 'escalate', deadline, details: { level: 'department', workingDaysOverdue } });
  }
  if (workingDaysOverdue >= policy.escalationDays.district) {
    steps.push({ step: 'escalate_district', action: 'escalate', deadline, details: { level: 'district', workingDaysOverdue } });
  }
  return steps;
}
