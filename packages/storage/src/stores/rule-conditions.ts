import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import {
  CLOSED_UNIT_STATUS,
  DEADLINE_STATUS,
  NOT_RECENT_HAZARD_STATUS,
  OPEN_HAZARD_STATUSES,
  VISIT_HAZARD_SOURCES,
  type CampaignScope,
  type CalendarDate,
} from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { regionCondition } from './scope-conditions.js';

/**
 * The SQL form of core's business rules, one fragment per rule (ADR 0062). Each is built from the
 * constants of the core predicate it mirrors, so the two cannot drift apart; a query that needs a
 * rule takes it from here, never writes its own. Next to it, scope-conditions.ts does the same for
 * isInScope.
 *
 * Fragments over `hazards` take the table's name as it appears in the query (`'hazards'`), or none
 * for an unqualified column in a single-table query. Each fragment is parenthesised, so `not` and
 * `and` around it bind as they read.
 */
type HazardTable = 'hazards' | undefined;

const column = (table: HazardTable, name: string) => sql.ref(table ? `${table}.${name}` : name);

/** Open (未销号), like core's isOpenStatus. */
export function openHazard(table: HazardTable = 'hazards'): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${column(table, 'status')} in (${sql.join([...OPEN_HAZARD_STATUSES])}))`;
}

/**
 * Overdue on `today`, like core's isOverdue: in the deadline's state and past it. Never NULL, so
 * `not` of it is core's "not overdue" too: a hazard without a deadline is not overdue.
 */
export function overdueHazard(today: CalendarDate, table: HazardTable = 'hazards'): RawBuilder<SqlBool> {
  const deadline = column(table, 'deadline');
  return sql<SqlBool>`(${column(table, 'status')} = ${DEADLINE_STATUS} and ${deadline} is not null and ${deadline} < ${today})`;
}

/** A report that counts as a supervisor's visit, like core's isVisitReport. */
export function visitReport(table: HazardTable = 'hazards'): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${column(table, 'source')} in (${sql.join([...VISIT_HAZARD_SOURCES])}))`;
}

/** Reported from `since` on and not dismissed, like core's isRecentHazard. */
export function recentHazard(since: string, table: HazardTable = 'hazards'): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${column(table, 'reportedAt')} >= ${since} and ${column(table, 'status')} <> ${NOT_RECENT_HAZARD_STATUS})`;
}

/** 1 where the condition holds, else 0: for sums and grouping. */
export function flag(condition: Expression<SqlBool>): RawBuilder<number> {
  return sql<number>`case when ${condition} then 1 else 0 end`;
}

// The builder may range over joins that include `units`; conditions use explicit references.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type AnyBuilder = ExpressionBuilder<Database, any>;

/** A unit still operating (not 关停): core's CLOSED_UNIT_STATUS. */
export function operatingUnit(eb: AnyBuilder): Expression<SqlBool> {
  return eb(sql.ref('units.status'), '<>', CLOSED_UNIT_STATUS);
}

/** Units a campaign covers, like core's isUnitInCampaignScope: open units of its kinds, sectors, tags and regions. */
export function campaignScopeCondition(eb: AnyBuilder, campaignScope: CampaignScope): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [operatingUnit(eb)];
  if (campaignScope.kinds.length > 0) parts.push(eb(sql.ref('units.kind'), 'in', [...campaignScope.kinds]));
  if (campaignScope.sectors.length > 0) parts.push(eb(sql.ref('units.sector'), 'in', [...campaignScope.sectors]));
  if (campaignScope.regionCodes.length > 0) parts.push(eb.or(campaignScope.regionCodes.map((code) => regionCondition(eb, 'units', code))));
  if (campaignScope.tags.length > 0) {
    parts.push(eb.exists(eb.selectFrom('unitTags').select('unitTags.unitId').whereRef('unitTags.unitId', '=', 'units.id').where('unitTags.tag', 'in', [...campaignScope.tags])));
  }
  return eb.and(parts);
}
