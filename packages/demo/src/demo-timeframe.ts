export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** History years of hazards before `now`. */
export const HISTORY_DAYS = 730;

/**
 * The periods of a demo district, all derived from `now`: the platform went live (regions, grids,
 * accounts) a little before the registry was filled, and hazards cover the two years before `now`.
 */
export interface DemoTimeframe {
  readonly nowMs: number;
  /** Regions, grids and accounts were created here. */
  readonly launchMs: number;
  /** Units were registered between these two instants. */
  readonly registryStartMs: number;
  readonly registryEndMs: number;
  /** The first instant a hazard may be reported. */
  readonly historyStartMs: number;
}

export function demoTimeframe(now: Date): DemoTimeframe {
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('demo district: `now` must be a valid Date');
  return {
    nowMs,
    launchMs: nowMs - (HISTORY_DAYS + 70) * DAY_MS,
    registryStartMs: nowMs - (HISTORY_DAYS + 60) * DAY_MS,
    registryEndMs: nowMs - (HISTORY_DAYS + 5) * DAY_MS,
    historyStartMs: nowMs - HISTORY_DAYS * DAY_MS,
  };
}

/** Hour of day (0–23) and weekday (0 = Sunday) in Asia/Shanghai, by arithmetic (UTC+8, no DST). */
export function shanghaiHourAndWeekday(ms: number): { hour: number; weekday: number } {
  const local = ms + SHANGHAI_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  // 1970-01-01 was a Thursday.
  return { hour: Math.floor((local - day * DAY_MS) / HOUR_MS), weekday: (((day + 4) % 7) + 7) % 7 };
}

/** Calendar month (1–12) in Asia/Shanghai. */
export function shanghaiMonth(ms: number): number {
  return new Date(ms + SHANGHAI_OFFSET_MS).getUTCMonth() + 1;
}

function isWeekend(ms: number): boolean {
  const { weekday } = shanghaiHourAndWeekday(ms);
  return weekday === 0 || weekday === 6;
}

/**
 * Moves an instant into office hours (08:00–18:00 Shanghai, weekdays), leaving it alone when it is
 * already inside; otherwise to 08:30 of the next working morning plus `offsetMs`.
 */
export function inOfficeHours(ms: number, offsetMs: number): number {
  const { hour, weekday } = shanghaiHourAndWeekday(ms);
  if (weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 18) return ms;
  const localMidnight = Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  let day = hour >= 18 ? localMidnight + DAY_MS : localMidnight;
  while (isWeekend(day)) day += DAY_MS;
  return day + 8.5 * HOUR_MS + offsetMs;
}

/**
 * Day strings by day number. Formatting dates is a large share of generating a hazard, and a
 * district's records span only a few thousand days, so each day is formatted once (the memo is
 * bounded by the days in use and does not affect results).
 */
const dayStrings = new Map<number, string>();

function dayString(day: number): string {
  let text = dayStrings.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayStrings.set(day, text);
  }
  return text;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `new Date(ms).toISOString()`, faster for instants after 1970. */
export function isoInstant(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / HOUR_MS);
  rest -= hours * HOUR_MS;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${dayString(day)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(rest - seconds * 1000, 3)}Z`;
}

/** The Shanghai calendar date of an instant, as core's `shanghaiDate` gives it. */
export function shanghaiDay(ms: number): string {
  return dayString(Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS));
}
