// Dashboard rollup tables (ADR 0031), apart from database-schema.ts to keep each file readable.

/**
 * Rollup of hazards (ADR 0031): how many hazards have these counted fields, kept exact in the
 * same transaction as every hazard write. `facet` is `all` (facet_value ''), `source` or
 * `category` (facet_value the hazard's source or category); each hazard counts once per facet.
 * Rows whose count reaches 0 are deleted.
 */
export interface HazardCountsTable {
  districtCode: string;
  townCode: string;
  sector: string;
  level: string;
  status: string;
  facet: string;
  facetValue: string;
  count: number;
}

/** Hazards currently `assigned`, per deadline day: overdue = the sum over deadlines before today. */
export interface AssignedDeadlineCountsTable {
  districtCode: string;
  townCode: string;
  sector: string;
  level: string;
  facet: string;
  facetValue: string;
  deadline: string;
  count: number;
}

/**
 * Assigned hazards whose deadline is on or before the district's `overdue_folds.foldedThrough`, per
 * rollup key (ADR 0031): the past deadline days of `assigned_deadline_counts`, folded into one row.
 */
export interface OverdueCountsTable {
  districtCode: string;
  townCode: string;
  sector: string;
  level: string;
  facet: string;
  facetValue: string;
  count: number;
}

/** How far a district's deadlines are folded into `overdue_counts`: '' when never. */
export interface OverdueFoldsTable {
  districtCode: string;
  foldedThrough: string;
}

