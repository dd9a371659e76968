/** A calendar date `YYYY-MM-DD` as seen in Asia/Shanghai (UTC+8 all year, no daylight saving). */
export type CalendarDate = string;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Shanghai calendar date of an instant. */
export function shanghaiDate(instant: Date | string): CalendarDate {
  const ms = new Date(instant).getTime();
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** True when `value` is a real calendar date in `YYYY-MM-DD` form (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const ms = new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((new Date(`${to}T00:00:00Z`).getTime() - new Date(`${from}T00:00:00Z`).getTime()) / DAY_MS);
}

/** The UTC instant at which a Shanghai calendar date begins. */
export function startOfShanghaiDay(date: CalendarDate): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - SHANGHAI_OFFSET_MS).toISOString();
}
