import type { ScopeFilter } from '../accounts/scope.js';
import type { HazardStatus } from '../hazards/hazard-status.js';

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

export interface StatsStore {
  hazardCounts(scope: ScopeFilter, today: string): Promise<HazardCounts>;
}
