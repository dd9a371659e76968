import { overdueCutoff, type WorkingCalendar } from '../calendar/working-calendar.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Hazard, HazardCategory, HazardLevel } from './hazard.js';
import type { HazardStatus } from './hazard-status.js';

/**
 * Deadlines and escalation (督办). The law fixes no national number of days (reference §3.3), so
 * these are district settings with defaults; the issuer may always set an explicit deadline. Every
 * count of days is in WORKING days on the district's working calendar (ADR 0063): 10 days from
 * Monday 2026-12-07 is 2026-12-21, not 12-17.
 */
export interface HazardTimePolicy {
  /** Default days to rectify, by level. */
  readonly defaultDays: Readonly<Record<HazardLevel, number>>;
  /** Shorter defaults for general hazards of urgent categories (blocked fire lanes, gas). */
  readonly categoryDays: Readonly<Partial<Record<HazardCategory, number>>>;
  /** Days overdue at which the hazard escalates to each level of supervision. */
  readonly escalationDays: Readonly<{ town: number; department: number; district: number }>;
  readonly maxExtensions: number;
  /** 催办: the reminder goes out this many working days before the deadline. */
  readonly remindWorkingDays: number;
}

export const DEFAULT_HAZARD_TIME_POLICY: HazardTimePolicy = {
  defaultDays: { general: 15, major: 90 },
  categoryDays: { fire_lane: 3, gas: 7, electrical: 7, hazardous_chemicals: 7, dust_explosion: 10 },
  escalationDays: { town: 1, department: 8, district: 16 },
  maxExtensions: 2,
  remindWorkingDays: 1,
};

export const ESCALATION_LEVELS = ['none', 'town', 'department', 'district'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export function defaultDeadline(
  policy: HazardTimePolicy,
  hazard: Pick<Hazard, 'level' | 'category'>,
  today: CalendarDate,
  calendar: WorkingCalendar,
): CalendarDate {
  const categoryDays = hazard.level === 'general' ? policy.categoryDays[hazard.category] : undefined;
  return calendar.addWorkingDays(today, categoryDays ?? policy.defaultDays[hazard.level]);
}

/** Where an explicitly chosen deadline lands: a non-working day moves to the next working day. */
export function workingDeadline(calendar: WorkingCalendar, deadline: CalendarDate): CalendarDate {
  return calendar.workingDayOnOrAfter(deadline);
}

/**
 * The one state in which a deadline runs (整改中): a hazard is overdue when it is in this state and
 * its deadline is before today. Storage's SQL fragment (rule-conditions.ts) uses this constant.
 */
export const DEADLINE_STATUS = 'assigned' satisfies HazardStatus;

/**
 * Overdue: under rectification and the deadline day has passed. A date comparison, the same in SQL
 * (rule-conditions.ts) and in the overdue fold (ADR 0031); how LATE is counted in working days.
 */
export function isOverdue(hazard: Pick<Hazard, 'status' | 'deadline'>, today: CalendarDate): boolean {
  return hazard.status === DEADLINE_STATUS && hazard.deadline !== null && hazard.deadline < today;
}

/**
 * Working days past the deadline of a hazard under rectification; 0 when not overdue. The day after
 * a Friday deadline is overdue with 0 working days until Monday counts the first.
 */
export function daysOverdue(hazard: Pick<Hazard, 'status' | 'deadline'>, today: CalendarDate, calendar: WorkingCalendar): number {
  if (!isOverdue(hazard, today) || !hazard.deadline) return 0;
  return calendar.workingDaysBetween(hazard.deadline, today);
}

/** 剩余 N 个工作日: working days from today to the deadline (0 on the deadline day); null when no deadline runs or it passed. */
export function workingDaysLeft(hazard: Pick<Hazard, 'status' | 'deadline'>, today: CalendarDate, calendar: WorkingCalendar): number | null {
  if (hazard.status !== DEADLINE_STATUS || !hazard.deadline || hazard.deadline < today) return null;
  return calendar.workingDaysBetween(today, hazard.deadline);
}

export function escalationLevel(policy: HazardTimePolicy, overdueDays: number): EscalationLevel {
  const { escalationDays } = policy;
  if (overdueDays >= escalationDays.district) return 'district';
  if (overdueDays >= escalationDays.department) return 'department';
  if (overdueDays >= escalationDays.town) return 'town';
  return 'none';
}

/**
 * The last deadline at each level of supervision on `today`: a hazard under rectification is at that
 * level or beyond exactly when its deadline is on or before the date. Storage takes these dates as
 * parameters, so escalation filters need no calendar arithmetic in SQL.
 */
export function escalationCutoffs(policy: HazardTimePolicy, calendar: WorkingCalendar, today: CalendarDate): Readonly<Record<Exclude<EscalationLevel, 'none'>, CalendarDate>> {
  const { escalationDays } = policy;
  return {
    town: overdueCutoff(calendar, today, escalationDays.town),
    department: overdueCutoff(calendar, today, escalationDays.department),
    district: overdueCutoff(calendar, today, escalationDays.district),
  };
}
