import { addDays, type CalendarDate } from '../shared/calendar-date.js';

/**
 * One day that differs from, or confirms, the plain rule "Monday to Friday work, weekends rest":
 * a statutory holiday (working false) or a 调休 weekend that is worked (working true).
 */
export interface CalendarDay {
  readonly date: CalendarDate;
  readonly working: boolean;
  /** What the day is, e.g. "春节" or "调休上班"; shown on the calendar page. */
  readonly name: string;
}

/**
 * Working days on the State Council holiday calendar (国务院办公厅 部分节假日安排, published each year)
 * with a district's own exceptions on top. Pure functions over the loaded days, so deadline rules
 * stay synchronous; `loadWorkingCalendar` in working-calendars.ts reads the days from the store.
 *
 * Counting convention: `workingDaysBetween(a, b)` counts the working days d with a < d ≤ b, so a
 * deadline `addWorkingDays(start, n)` is n working days after `start`, and on `start` there are
 * `workingDaysBetween(start, deadline) = n` working days left.
 */
export interface WorkingCalendar {
  isWorkingDay(date: CalendarDate): boolean;
  /** The date `days` working days after `date` (before it when negative); `date` itself when 0. */
  addWorkingDays(date: CalendarDate, days: number): CalendarDate;
  /** Working days d with from < d ≤ to; negative (the same count) when `to` is before `from`. */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number;
  /** The first working day after `date`. */
  nextWorkingDay(date: CalendarDate): CalendarDate;
  /** `date` when it is a working day, else the next working day: where a deadline on a holiday moves. */
  workingDayOnOrAfter(date: CalendarDate): CalendarDate;
  /** The day entry for `date` when the data names one (holiday or 调休 working day). */
  dayOf(date: CalendarDate): CalendarDay | undefined;
}

/** A span longer than any deadline: guards the walks against a calendar without working days. */
const MAX_WALK_DAYS = 3660;

/** Saturday or Sunday. */
export function isWeekend(date: CalendarDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The calendar of `national` days with `local` (the district's own entries) overriding them date by
 * date. A date named by neither follows the weekday rule.
 */
export function buildWorkingCalendar(national: readonly CalendarDay[], local: readonly CalendarDay[] = []): WorkingCalendar {
  const days = new Map<CalendarDate, CalendarDay>();
  for (const day of national) days.set(day.date, day);
  for (const day of local) days.set(day.date, day);
  const isWorkingDay = (date: CalendarDate) => days.get(date)?.working ?? !isWeekend(date);
  const step = (date: CalendarDate, direction: 1 | -1): CalendarDate => {
    let cursor = date;
    for (let walked = 0; walked < MAX_WALK_DAYS; walked += 1) {
      cursor = addDays(cursor, direction);
      if (isWorkingDay(cursor)) return cursor;
    }
    throw new Error(`no working day within ${MAX_WALK_DAYS} days of ${date}`);
  };
  const calendar: WorkingCalendar = {
    isWorkingDay,
    addWorkingDays(date, count) {
      let cursor = date;
      for (let left = Math.abs(count); left > 0; left -= 1) cursor = step(cursor, count > 0 ? 1 : -1);
      return cursor;
    },
    workingDaysBetween(from, to) {
      if (to < from) return -calendar.workingDaysBetween(to, from);
      let count = 0;
      for (let cursor = addDays(from, 1); cursor <= to; cursor = addDays(cursor, 1)) {
        if (isWorkingDay(cursor)) count += 1;
      }
      return count;
    },
    nextWorkingDay: (date) => step(date, 1),
    workingDayOnOrAfter: (date) => (isWorkingDay(date) ? date : step(date, 1)),
    dayOf: (date) => days.get(date),
  };
  return calendar;
}

/**
 * The last deadline that is at least `days` working days overdue on `today` (days ≥ 1): a hazard is
 * that late exactly when its deadline is on or before the returned date. Storage filters with this
 * date as a parameter, so no calendar arithmetic is ever written in SQL.
 */
export function overdueCutoff(calendar: WorkingCalendar, today: CalendarDate, days: number): CalendarDate {
  if (days < 1) return addDays(today, -1);
  // The `days`-th working day counted back from today (today included when it is one)…
  const nth = calendar.addWorkingDays(addDays(today, 1), -days);
  // …must lie after the deadline: (deadline, today] then holds `days` working days.
  return addDays(nth, -1);
}
