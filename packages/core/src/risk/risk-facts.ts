import type { Hazard, HazardSource } from '../hazards/hazard.js';
import type { Unit } from '../units/unit.js';

/**
 * Reports that count as a supervisor's visit to the unit (走访): found on patrol, in an inspection or
 * in a campaign; self-checks and public reports do not. Storage's SQL fragment uses this list.
 */
export const VISIT_HAZARD_SOURCES: readonly HazardSource[] = ['patrol', 'inspection', 'campaign'];

export function isVisitReport(hazard: Pick<Hazard, 'source'>): boolean {
  return VISIT_HAZARD_SOURCES.includes(hazard.source);
}

/** A hazard dismissed (不予受理) was never one: it does not count among the recent ones. */
export const NOT_RECENT_HAZARD_STATUS = 'dismissed' satisfies Hazard['status'];

/** Reported within the risk window (`since` on) and not dismissed. */
export function isRecentHazard(hazard: Pick<Hazard, 'reportedAt' | 'status'>, since: string): boolean {
  return hazard.reportedAt >= since && hazard.status !== NOT_RECENT_HAZARD_STATUS;
}

/** What a unit's risk is computed from, gathered in one read (by storage, per unit or per district). */
export interface RiskFacts {
  readonly unit: Pick<Unit, 'id' | 'districtCode' | 'townCode' | 'villageCode' | 'gridId' | 'sector' | 'kind' | 'riskTags' | 'employees' | 'floorArea' | 'status' | 'venueType' | 'createdAt'>;
  /** 未销号 hazards of the unit by level. */
  readonly openGeneral: number;
  readonly openMajor: number;
  /** Assigned and past the deadline. */
  readonly overdue: number;
  /** Hazards reported within the recent window, not dismissed. */
  readonly recentGeneral: number;
  readonly recentMajor: number;
  /** The latest supervision inspection (not a self-inspection), and whether it found nothing. */
  readonly lastSupervisionAt: string | null;
  readonly lastSupervisionClean: boolean;
  /** Enterprise self-inspections finished in the window that found nothing. */
  readonly cleanSelfInspections: number;
  /** The latest visit by a supervisor: a supervision inspection or a patrol/inspection report at the unit. */
  readonly lastVisitedAt: string | null;
}

/** The window of "recent": the instant it starts and today. */
export interface RiskWindow {
  readonly since: string;
  readonly today: string;
}
