import { addDays, daysBetween, type CalendarDate } from '../shared/calendar-date.js';
import type { Hazard, HazardCategory, HazardLevel } from './hazard.js';
import type { HazardStatus } from './hazard-status.js';

/**
 * Deadlines and escalation (督办). The law fixes no national number of days (reference §3.3), so
 * these are district settings with defaults; the issuer may always set an explicit deadline.
 */
export interface HazardTimePolicy {
  /** Default days to rectify, by level. */
  readonly defaultDays: Readonly<Record<HazardLevel, number>>;
  /** Shorter defaults for general hazards of urgent categories (blocked fire lanes, gas). */
  readonly categoryDays: Readonly<Partial<Record<HazardCategory, number>>>;
  /** Days overdue at which the hazard escalates to each level of supervision. */
  readonly escalationDays: Readonly<{ town: number; department: number; district: number }>;
  readonly maxExtensions: number;
}

export const DEFAULT_HAZARD_TIME_POLICY: HazardTimePolicy = {
  defaultDays: { general: 15, major: 90 },
  categoryDays: { fire_lane: 3, gas: 7, electrical: 7, hazardous_chemicals: 7, dust_explosion: 10 },
  escalationDays: { town: 1, department: 8, district: 16 },
  maxExtensions: 2,
};

export const ESCALATION_LEVELS = ['none', 'town', 'department', 'district'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export function defaultDeadline(
  policy: HazardTimePolicy,
  hazard: Pick<Hazard, 'level' | 'category'>,
  today: CalendarDate,
): CalendarDate {
  const categoryDays = hazard.level === 'general' ? policy.categoryDays[hazard.category] : undefined;
  return addDays(today, categoryDays ?? policy.defaultDays[hazard.level]);
}

/**
 * The one state in which a deadline runs (整改中): a hazard is overdue when it is in this state and
 * its deadline is before today. Storage's SQL fragment (rule-conditions.ts) uses this constant.
 */
export const DEADLINE_STATUS = 'assigned' satisfies HazardStatus;

/** Days past the deadline of a hazard under rectification; 0 when not overdue. */
export function daysOverdue(hazard: Pick<Hazard, 'status' | 'deadline'>, today: CalendarDate): number {
  if (hazard.status !== DEADLINE_STATUS || !hazard.deadline) return 0;
  return Math.max(0, daysBetween(hazard.deadline, today));
}

export function isOverdue(hazard: Pick<Hazard, 'status' | 'deadline'>, today: CalendarDate): boolean {
  return daysOverdue(hazard, today) > 0;
}

export function escalationLevel(policy: HazardTimePolicy, overdueDays: number): EscalationLevel {
  const { escalationDays } = policy;
  if (overdueDays >= escalationDays.district) return 'district';
  if (overdueDays >= escalationDays.department) return 'department';
  if (overdueDays >= escalationDays.town) return 'town';
  return 'none';
}
