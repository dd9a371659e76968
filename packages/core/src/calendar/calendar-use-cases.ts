import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import type { CoreDeps } from '../deps.js';
import { addDays, isCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { isWeekend, type CalendarDay } from './working-calendar.js';

/** One day of a month view: what counts (`working`) and where it comes from. */
export interface CalendarDayView {
  readonly date: CalendarDate;
  readonly working: boolean;
  readonly name: string | null;
  /** weekday: the plain weekday rule; national: the State Council list; district: this district's entry. */
  readonly source: 'weekday' | 'national' | 'district';
}

/** A change to the district's own entries: set a day (working or not), or clear it (`working: null`). */
export interface CalendarDayChange {
  readonly date: string;
  readonly working: boolean | null;
  readonly name?: string | undefined;
}

/** Longest range one read returns: a year and a bit, enough for a year view. */
export const MAX_CALENDAR_RANGE_DAYS = 400;
/** Most entries one write takes (an import of next year's list is some forty). */
export const MAX_CALENDAR_CHANGES = 400;
const MAX_NAME_LENGTH = 40;

function requireDistrictOffice(actor: Actor): void {
  if (!isDistrictOffice(actor)) throw new DomainError('permission_denied', 'calendar.manage_refused', 'Only the district office edits the working calendar.');
}

/** Every day from `from` to `to` in the actor's district calendar, with where its status comes from. */
export async function listCalendarDays(deps: CoreDeps, actor: Actor, range: { from: string; to: string }): Promise<CalendarDayView[]> {
  const problems: FieldProblem[] = [];
  if (!isCalendarDate(range.from)) problems.push({ path: '/from', code: 'format' });
  if (!isCalendarDate(range.to)) problems.push({ path: '/to', code: 'format' });
  if (problems.length === 0 && (range.to < range.from || addDays(range.from, MAX_CALENDAR_RANGE_DAYS) < range.to)) {
    problems.push({ path: '/to', code: 'out_of_range' });
  }
  if (problems.length > 0) throw invalidInput(problems);
  const [national, local] = await Promise.all([deps.calendar.listNational(), deps.calendar.listDistrict(actor.districtCode)]);
  const nationalByDate = new Map(national.map((day) => [day.date, day]));
  const localByDate = new Map(local.map((day) => [day.date, day]));
  const days: CalendarDayView[] = [];
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    const entry: CalendarDay | undefined = localByDate.get(date) ?? nationalByDate.get(date);
    const source = localByDate.has(date) ? 'district' : nationalByDate.has(date) ? 'national' : 'weekday';
    // Read from the stored entries, not the in-memory calendar, so an edit shows at once.
    days.push({ date, working: entry ? entry.working : !isWeekend(date), name: entry?.name ?? null, source });
  }
  return days;
}

/**
 * Sets or clears days of the district's own calendar (district office only), e.g. next year's
 * official list before the data package has it, or a local exception. All or nothing; the
 * in-memory calendars are refreshed after the commit. Existing deadlines keep their dates.
 */
export async function setCalendarDays(deps: CoreDeps, actor: Actor, changes: readonly CalendarDayChange[]): Promise<number> {
  requireDistrictOffice(actor);
  const problems: FieldProblem[] = [];
  if (changes.length === 0) problems.push({ path: '/days', code: 'too_few', params: { limit: 1 } });
  if (changes.length > MAX_CALENDAR_CHANGES) problems.push({ path: '/days', code: 'too_many', params: { limit: MAX_CALENDAR_CHANGES } });
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    if (!isCalendarDate(change.date)) problems.push({ path: `/days/${index}/date`, code: 'format' });
    else if (seen.has(change.date)) problems.push({ path: `/days/${index}/date`, code: 'duplicate' });
    seen.add(change.date);
    if ((change.name ?? '').trim().length > MAX_NAME_LENGTH) problems.push({ path: `/days/${index}/name`, code: 'too_long', params: { limit: MAX_NAME_LENGTH } });
  });
  if (problems.length > 0) throw invalidInput(problems);
  const now = deps.clock.now().toISOString();
  const puts = changes.filter((change) => change.working !== null).map((change) => ({
    districtCode: actor.districtCode,
    date: change.date,
    working: change.working === true,
    name: change.name?.trim() || (change.working ? '调休上班' : '休息日'),
    updatedBy: actor.userId,
    updatedAt: now,
  }));
  const clears = changes.filter((change) => change.working === null).map((change) => change.date);
  await deps.inTransaction(async (stores) => {
    if (puts.length > 0) await stores.calendar.putDistrict(puts);
    if (clears.length > 0) await stores.calendar.removeDistrict(actor.districtCode, clears);
  });
  await deps.workingCalendars.refresh(deps.calendar);
  return changes.length;
}

/**
 * Writes the national days the code ships with (chinese-days, adapters' national-holidays.ts) on
 * start, replacing rows of the same dates; a district's own entries are never touched. Idempotent.
 */
export async function installNationalCalendar(deps: CoreDeps, days: readonly CalendarDay[]): Promise<void> {
  if (days.length > 0) await deps.inTransaction((stores) => stores.calendar.putNational(days));
  await deps.workingCalendars.refresh(deps.calendar);
}
