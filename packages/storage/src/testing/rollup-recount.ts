import { sql } from 'kysely';
import { expect } from 'vitest';
import type { SafeGridDatabase } from '../database.js';

const FACET_VALUES = { all: sql`''`, source: sql.ref('source'), category: sql.ref('category') } as const;

/** Rows as `a|b|…|count` text, sorted: a form two row sets compare in whatever dialect. */
function lines(rows: readonly Record<string, unknown>[], columns: readonly string[]): string[] {
  return rows.map((row) => columns.map((column) => String(row[column])).join('|')).sort();
}

/**
 * Recounts the rollups (ADR 0031) from the hazards with plain GROUP BY queries written apart from
 * the production code, and returns both, sorted, for comparison. The folded overdue counts are
 * recounted up to each district's `overdue_folds.folded_through`.
 */
export async function recountHazardRollups(database: SafeGridDatabase): Promise<{
  counts: { stored: string[]; recounted: string[] };
  deadlines: { stored: string[]; recounted: string[] };
  overdue: { stored: string[]; recounted: string[] };
}> {
  const db = database.db.withoutPlugins();
  const countColumns = ['district_code', 'town_code', 'sector', 'level', 'status', 'facet', 'facet_value', 'count'];
  const deadlineColumns = ['district_code', 'town_code', 'sector', 'level', 'facet', 'facet_value', 'deadline', 'count'];
  const recountedCounts: Record<string, unknown>[] = [];
  const recountedDeadlines: Record<string, unknown>[] = [];
  const overdueColumns = ['district_code', 'town_code', 'sector', 'level', 'facet', 'facet_value', 'count'];
  const recountedOverdue: Record<string, unknown>[] = [];
  for (const [facet, value] of Object.entries(FACET_VALUES)) {
    const counts = await sql<Record<string, unknown>>`
      select district_code, town_code, sector, level, status, ${facet} as facet, ${value} as facet_value, count(*) as count
      from hazards group by district_code, town_code, sector, level, status, facet_value`.execute(db);
    recountedCounts.push(...counts.rows);
    const deadlines = await sql<Record<string, unknown>>`
      select district_code, town_code, sector, level, ${facet} as facet, ${value} as facet_value, deadline, count(*) as count
      from hazards where status = 'assigned' and deadline is not null
      group by district_code, town_code, sector, level, facet_value, deadline`.execute(db);
    recountedDeadlines.push(...deadlines.rows);
    // Folded: assigned with a deadline on or before the district's watermark ('' folds nothing).
    const overdue = await sql<Record<string, unknown>>`
      select hazards.district_code, town_code, sector, level, ${facet} as facet, ${value} as facet_value, count(*) as count
      from hazards join overdue_folds on overdue_folds.district_code = hazards.district_code
      where status = 'assigned' and deadline is not null and deadline <= overdue_folds.folded_through
      group by hazards.district_code, town_code, sector, level, facet_value`.execute(db);
    recountedOverdue.push(...overdue.rows);
  }
  const storedCounts = await sql<Record<string, unknown>>`select * from hazard_counts`.execute(db);
  const storedDeadlines = await sql<Record<string, unknown>>`select * from assigned_deadline_counts`.execute(db);
  const storedOverdue = await sql<Record<string, unknown>>`select * from overdue_counts`.execute(db);
  return {
    counts: { stored: lines(storedCounts.rows, countColumns), recounted: lines(recountedCounts, countColumns) },
    deadlines: { stored: lines(storedDeadlines.rows, deadlineColumns), recounted: lines(recountedDeadlines, deadlineColumns) },
    overdue: { stored: lines(storedOverdue.rows, overdueColumns), recounted: lines(recountedOverdue, overdueColumns) },
  };
}

/** Fails the test unless the rollup tables equal a recount from the hazards, row for row. */
export async function expectRollupsMatchHazards(database: SafeGridDatabase): Promise<void> {
  const { counts, deadlines, overdue } = await recountHazardRollups(database);
  expect(counts.stored, 'hazard_counts against a recount from hazards').toEqual(counts.recounted);
  expect(deadlines.stored, 'assigned_deadline_counts against a recount from hazards').toEqual(deadlines.recounted);
  expect(overdue.stored, 'overdue_counts against a recount from hazards up to each district\'s fold').toEqual(overdue.recounted);
}
