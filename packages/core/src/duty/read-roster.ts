import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { addDays, shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import { invalidInput } from '../shared/domain-error.js';
import { dutyReadRefused } from './duty-errors.js';
import { canReadDuty, visibleRosterRegions } from './duty-policy.js';
import { isHandoverFlagged, type DutyHandover } from './handover.js';
import { rosterDay, rosterGaps, shiftOnDuty, type DutyShift, type RosterDay, type RosterGap } from './roster.js';

/** Uncovered shifts are flagged this many days ahead. */
export const ROSTER_GAP_DAYS = 7;

export interface RosterMonth {
  readonly regionCode: string;
  readonly month: string;
  readonly shifts: readonly DutyShift[];
  /** Rest days of the month on the district's working-day calendar: weekends and 法定节假日, not 调休 working weekends. */
  readonly restDays: readonly CalendarDate[];
  /** Every date of the month, with the calendar's name of holidays and 调休 days. */
  readonly days: readonly RosterDay[];
  /** Not fully staffed dates of the next 7 days. */
  readonly gaps: readonly RosterGap[];
  readonly handovers: readonly (DutyHandover & { readonly flagged: boolean })[];
}

async function townCodes(deps: CoreDeps, districtCode: string): Promise<string[]> {
  return (await deps.regions.listRegions(districtCode)).filter((region) => region.level === 'town').map((region) => region.code);
}

/** A region's roster for a month (`YYYY-MM`), with rest days, the gaps of the next 7 days and recent handovers. */
export async function getRosterMonth(deps: CoreDeps, actor: Actor, regionCode: string, month: string): Promise<RosterMonth> {
  if (!canReadDuty(actor)) throw dutyReadRefused();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw invalidInput([{ path: '/month', code: 'format' }]);
  if (!visibleRosterRegions(actor, await townCodes(deps, actor.districtCode)).includes(regionCode)) throw invalidInput([{ path: '/regionCode', code: 'not_found' }]);
  const first = `${month}-01`;
  const last = addDays(addDays(first, 31).slice(0, 8) + '01', -1);
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const upcoming = await deps.duty.listShifts(actor.districtCode, [regionCode], today, addDays(today, ROSTER_GAP_DAYS - 1));
  const calendar = deps.workingCalendars.forDistrict(actor.districtCode);
  const days: RosterDay[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) days.push(rosterDay(calendar, date));
  return {
    regionCode, month,
    shifts: await deps.duty.listShifts(actor.districtCode, [regionCode], first, last),
    restDays: days.filter((day) => day.rest).map((day) => day.date),
    days,
    gaps: rosterGaps(regionCode, upcoming, today, ROSTER_GAP_DAYS),
    handovers: (await deps.duty.listHandovers(actor.districtCode, regionCode, 10)).map((handover) => ({ ...handover, flagged: isHandoverFlagged(handover, now) })),
  };
}

/**
 * Who is on duty now at every level the actor sees: the district, and each town (or the actor's own).
 * Every account may ask (值班电话 are there to be called: a grid worker's phone shows them too).
 */
export async function whoIsOnDutyNow(deps: CoreDeps, actor: Actor): Promise<{ regionCode: string; shift: DutyShift | null }[]> {
  const regions = visibleRosterRegions(actor, await townCodes(deps, actor.districtCode));
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const shifts = await deps.duty.listShifts(actor.districtCode, regions, addDays(today, -1), today);
  return regions.map((regionCode) => ({ regionCode, shift: shiftOnDuty(shifts.filter((shift) => shift.regionCode === regionCode), now) }));
}
