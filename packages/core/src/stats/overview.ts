import type { ScopeFilter } from '../accounts/scope.js';
import type { HazardStatus } from '../hazards/hazard-status.js';
import type { CalendarDate } from '../shared/calendar-date.js';

export interface TownBreakdown {
  readonly townCode: string;
  readonly open: number;
  readonly overdue: number;
  readonly major: number;
  readonly closed: number;
  readonly total: number;
}

/** Counts for a dashboard, already narrowed to the caller's scope. */
export interface HazardCounts {
  readonly byStatus: Readonly<Record<HazardStatus, number>>;
  /** Assigned and past the deadline. */
  readonly overdue: number;
  /** Major hazards not yet closed or dismissed. */
  readonly majorOpen: number;
  readonly byTown: readonly TownBreakdown[];
}

/** Where a district's folded overdue counts stand after a fold. */
export interface OverdueFold {
  readonly districtCode: string;
  /** Every deadline on or before this day is folded; null when nothing has been folded yet. */
  readonly foldedThrough: CalendarDate | null;
  /** Whether this call moved the fold forward (false when it was already there). */
  readonly advanced: boolean;
}

export interface StatsStore {
  hazardCounts(scope: ScopeFilter, today: string): Promise<HazardCounts>;
  /**
   * Folds the district's assigned hazards with a deadline on or before `through` into its overdue
   * counts, so counting overdue hazards no longer reads those deadline days one by one. Never moves
   * back; running it again, or concurrently, changes nothing. Counts read the same before and after.
   */
  foldOverdue(districtCode: string, through: CalendarDate): Promise<OverdueFold>;
}
