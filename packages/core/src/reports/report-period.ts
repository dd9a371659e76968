import { addDays, isCalendarDate, shanghaiDate, startOfShanghaiDay, type CalendarDate } from '../shared/calendar-date.js';
import { invalidInput } from '../shared/domain-error.js';

/** 周报 (Monday to Sunday) or 月报 (a calendar month), both in Asia/Shanghai. */
export const REPORT_KINDS = ['weekly', 'monthly'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The days a report covers, and the same as a half-open range of instants. */
export interface ReportPeriod {
  readonly kind: ReportKind;
  /** Weekly: the Monday, `YYYY-MM-DD`; monthly: `YYYY-MM`. */
  readonly key: string;
  readonly firstDay: CalendarDate;
  readonly lastDay: CalendarDate;
  /** ISO instant the period begins (inclusive). */
  readonly from: string;
  /** ISO instant the day after the period begins (exclusive). */
  readonly to: string;
}

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Day of the week of a calendar date, Monday 0 … Sunday 6. */
function weekday(date: CalendarDate): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function periodOf(kind: ReportKind, key: string, firstDay: CalendarDate, lastDay: CalendarDate): ReportPeriod {
  return { kind, key, firstDay, lastDay, from: startOfShanghaiDay(firstDay), to: startOfShanghaiDay(addDays(lastDay, 1)) };
}

/**
 * The period named by `key`: a weekly key is any day of the week (it is moved to its Monday), a
 * monthly key is `YYYY-MM`. A malformed key is invalid input on `/period`.
 */
export function reportPeriod(kind: ReportKind, key: string): ReportPeriod {
  if (kind === 'weekly') {
    if (!isCalendarDate(key)) throw invalidInput([{ path: '/period', code: 'format', params: { format: 'YYYY-MM-DD' } }]);
    const monday = addDays(key, -weekday(key));
    return periodOf(kind, monday, monday, addDays(monday, 6));
  }
  const match = MONTH_KEY.exec(key);
  if (!match) throw invalidInput([{ path: '/period', code: 'format', params: { format: 'YYYY-MM' } }]);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return periodOf(kind, key, `${key}-01`, last);
}

/** The last whole period before `now` (Shanghai): last week's Monday to Sunday, or last month. */
export function previousPeriod(kind: ReportKind, now: Date): ReportPeriod {
  const today = shanghaiDate(now);
  if (kind === 'weekly') return reportPeriod('weekly', addDays(today, -weekday(today) - 7));
  const [year = 0, month = 1] = today.split('-').map(Number);
  return reportPeriod('monthly', new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7));
}

/** Whether the period has begun by `now`: a report of the future has nothing to say. */
export function hasBegun(period: ReportPeriod, now: Date): boolean {
  return period.from <= now.toISOString();
}
