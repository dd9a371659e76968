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

/** Hour of day (0–23) and weekday (0 = Sunday) in Asia/Shanghai. */
export function shanghaiClock(ms: number): { hour: number; weekday: number; month: number } {
  const local = new Date(ms + SHANGHAI_OFFSET_MS);
  return { hour: local.getUTCHours(), weekday: local.getUTCDay(), month: local.getUTCMonth() + 1 };
}

/**
 * Moves an instant into office hours (08:30–17:30 Shanghai, weekdays), leaving it alone when it is
 * already inside; `offsetMs` places it within the first hours of the next working morning.
 */
export function inOfficeHours(ms: number, offsetMs: number): number {
  const { hour, weekday } = shanghaiClock(ms);
  if (weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 18) return ms;
  const localMidnight = Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  let day = hour >= 18 ? localMidnight + DAY_MS : localMidnight;
  while (![1, 2, 3, 4, 5].includes(shanghaiClock(day).weekday)) day += DAY_MS;
  return day + 8.5 * HOUR_MS + offsetMs;
}
