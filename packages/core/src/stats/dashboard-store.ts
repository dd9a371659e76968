import type { ScopeFilter } from '../accounts/scope.js';
import type { HazardLevel } from '../hazards/hazard.js';
import type { HazardStatus } from '../hazards/hazard-status.js';
import type { CalendarDate } from '../shared/calendar-date.js';

/** Columns of a hazard the dashboard can break counts down by. */
export const BREAKDOWN_DIMENSIONS = ['sector', 'source', 'category', 'level'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** Counts of one value of a breakdown dimension (one sector, say). */
export interface BreakdownRow {
  readonly key: string;
  readonly open: number;
  readonly overdue: number;
  /** Major hazards not yet closed or dismissed. */
  readonly major: number;
  readonly closed: number;
  readonly total: number;
}

/** One calendar month in Asia/Shanghai as a half-open range of instants. */
export interface MonthWindow {
  /** `YYYY-MM`. */
  readonly month: string;
  /** ISO instant the month begins (inclusive). */
  readonly from: string;
  /** ISO instant the next month begins (exclusive). */
  readonly to: string;
}

/** Hazards reported (发现) and closed (销号) in one month. */
export interface MonthlyFlow {
  readonly month: string;
  readonly found: number;
  readonly closed: number;
  /** Of the hazards found in the month, how many are closed by now. */
  readonly foundClosed: number;
  /** Of the hazards found in the month, how many were dismissed (不予受理): not rectifiable. */
  readonly foundDismissed: number;
}

/** An open hazard placed on the map: only what a marker needs. */
export interface HazardPoint {
  readonly id: string;
  readonly lng: number;
  readonly lat: number;
  readonly level: HazardLevel;
  readonly status: HazardStatus;
  readonly isOverdue: boolean;
}

/** Read-only queries of the 一张图 dashboard; each is narrowed to the caller's scope in SQL. */
export interface DashboardStore {
  /** Found and closed counts per month, in the order of `months`. */
  monthlyFlow(scope: ScopeFilter, months: readonly MonthWindow[]): Promise<MonthlyFlow[]>;
  /** Counts per value of `dimension`, largest total first. */
  breakdown(scope: ScopeFilter, dimension: BreakdownDimension, today: CalendarDate): Promise<BreakdownRow[]>;
  /** Open hazards with a location, newest first, at most `limit`; `total` counts all of them. */
  openHazardPoints(scope: ScopeFilter, today: CalendarDate, limit: number): Promise<{ points: HazardPoint[]; total: number }>;
}
