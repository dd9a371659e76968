import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { shanghaiDate, startOfShanghaiDay } from '../shared/calendar-date.js';
import type { BreakdownDimension, BreakdownRow, HazardPoint, MonthlyFlow, MonthWindow } from './dashboard-store.js';

/** The most months a trend covers (two years). */
export const MAX_TREND_MONTHS = 24;
/** The most hazard points one map request returns; the map says when there are more. */
export const MAX_MAP_POINTS = 20_000;

/** The `count` Shanghai calendar months ending with the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): MonthWindow[] {
  const [year = 0, month = 1] = shanghaiDate(now).split('-').map(Number);
  const windows: MonthWindow[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const start = new Date(Date.UTC(year, month - 1 - back, 1));
    const next = new Date(Date.UTC(year, month - back, 1));
    const label = start.toISOString().slice(0, 7);
    windows.push({
      month: label,
      from: startOfShanghaiDay(`${label}-01`),
      to: startOfShanghaiDay(next.toISOString().slice(0, 10)),
    });
  }
  return windows;
}

/** Hazards found and closed per month over the last `months` months, in the actor's scope. */
export async function getHazardTrend(deps: CoreDeps, actor: Actor, months: number): Promise<MonthlyFlow[]> {
  const count = Math.min(Math.max(Math.trunc(months), 1), MAX_TREND_MONTHS);
  return deps.dashboard.monthlyFlow(scopeFilterOf(actor), lastMonths(deps.clock.now(), count));
}

/** Open, overdue, major and closed hazards per sector (or source, category, level) in the actor's scope. */
export async function getHazardBreakdown(deps: Pick<CoreDeps, 'clock' | 'dashboard'>, actor: Actor, dimension: BreakdownDimension): Promise<BreakdownRow[]> {
  return deps.dashboard.breakdown(scopeFilterOf(actor), dimension, shanghaiDate(deps.clock.now()));
}

/** Open hazards with a location for the map, newest first, bounded by MAX_MAP_POINTS. */
export async function listOpenHazardPoints(deps: CoreDeps, actor: Actor): Promise<{ points: HazardPoint[]; total: number }> {
  return deps.dashboard.openHazardPoints(scopeFilterOf(actor), shanghaiDate(deps.clock.now()), MAX_MAP_POINTS);
}
