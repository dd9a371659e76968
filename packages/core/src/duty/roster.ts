import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, daysBetween, startOfShanghaiDay, type CalendarDate } from '../shared/calendar-date.js';

/**
 * 值班表 (ADR 0077): the district office and each town keep a roster of shifts by date. A shift is
 * day (白班 08:00–18:00), night (夜班 18:00–次日08:00) or 24 h (全天 08:00–次日08:00), Asia/Shanghai.
 * A date is covered when its day and night are both staffed, by a 24-hour shift or by both halves.
 */
export const SHIFT_KINDS = ['day', 'night', 'full_day'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

const HOUR = 60 * 60_000;
const SHIFT_HOURS: Readonly<Record<ShiftKind, { start: number; end: number }>> = {
  day: { start: 8, end: 18 },
  night: { start: 18, end: 32 },
  full_day: { start: 8, end: 32 },
};

/** 带班领导 or 值班员: an account, or a name and phone typed in. */
export interface DutyPerson {
  readonly userId: string | null;
  readonly name: string;
  readonly phone: string;
}

/** One change of people on a shift (换班), with its reason. */
export interface ShiftSwap {
  readonly at: string;
  readonly byName: string;
  readonly reason: string;
  readonly role: 'leader' | 'officer';
  readonly from: string;
  readonly to: string;
}

export interface DutyShift {
  readonly id: string;
  readonly districtCode: string;
  /** The office that owns the roster: the district code or a town code. */
  readonly regionCode: string;
  readonly date: CalendarDate;
  readonly kind: ShiftKind;
  readonly leader: DutyPerson;
  readonly officer: DutyPerson;
  readonly note: string;
  readonly swaps: readonly ShiftSwap[];
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly version: number;
}

export function shiftWindow(date: CalendarDate, kind: ShiftKind): { startsAt: string; endsAt: string } {
  const midnight = Date.parse(startOfShanghaiDay(date));
  const hours = SHIFT_HOURS[kind];
  return { startsAt: new Date(midnight + hours.start * HOUR).toISOString(), endsAt: new Date(midnight + hours.end * HOUR).toISOString() };
}

/** The shift of `shifts` (one region) on duty at `now`: a night or 24-hour shift of the day before runs until 08:00. */
export function shiftOnDuty(shifts: readonly DutyShift[], now: Date): DutyShift | null {
  const at = now.toISOString();
  return shifts.find((shift) => {
    const window = shiftWindow(shift.date, shift.kind);
    return window.startsAt <= at && at < window.endsAt;
  }) ?? null;
}

/**
 * A date of the roster month as the district's working-day calendar (packages/core/src/calendar)
 * sees it: a rest day (weekend or 法定节假日), and the calendar's name for it when the data names
 * one (e.g. "春节", or "调休上班" for a weekend that is worked).
 */
export interface RosterDay {
  readonly date: CalendarDate;
  readonly rest: boolean;
  readonly name: string | null;
}

export function rosterDay(calendar: Pick<WorkingCalendar, 'isWorkingDay' | 'dayOf'>, date: CalendarDate): RosterDay {
  return { date, rest: !calendar.isWorkingDay(date), name: calendar.dayOf(date)?.name ?? null };
}

export type RosterGapKind = 'no_shift' | 'half_covered' | 'no_leader' | 'no_officer';

/** A date of a region's roster that is not fully staffed (the flag list of the roster page). */
export interface RosterGap {
  readonly regionCode: string;
  readonly date: CalendarDate;
  readonly kind: RosterGapKind;
  readonly shiftKind: ShiftKind | null;
}

/** The gaps in one region's roster over `days` days from `from`: every date needs day and night staffed by both roles. */
export function rosterGaps(regionCode: string, shifts: readonly DutyShift[], from: CalendarDate, days: number): RosterGap[] {
  const gaps: RosterGap[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    const date = addDays(from, offset);
    const own = shifts.filter((shift) => shift.regionCode === regionCode && shift.date === date);
    const kinds = new Set(own.map((shift) => shift.kind));
    if (own.length === 0) gaps.push({ regionCode, date, kind: 'no_shift', shiftKind: null });
    else if (!kinds.has('full_day') && !(kinds.has('day') && kinds.has('night'))) gaps.push({ regionCode, date, kind: 'half_covered', shiftKind: kinds.has('day') ? 'night' : 'day' });
    for (const shift of own) {
      if (!shift.leader.name.trim()) gaps.push({ regionCode, date, kind: 'no_leader', shiftKind: shift.kind });
      if (!shift.officer.name.trim()) gaps.push({ regionCode, date, kind: 'no_officer', shiftKind: shift.kind });
    }
  }
  return gaps;
}

/** The Monday of a date's week. */
export function mondayOf(date: CalendarDate): CalendarDate {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function isWithinDays(from: CalendarDate, date: CalendarDate, days: number): boolean {
  const offset = daysBetween(from, date);
  return offset >= 0 && offset < days;
}
