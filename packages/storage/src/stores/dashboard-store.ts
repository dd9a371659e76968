import { sql, type Kysely, type RawBuilder } from 'kysely';
import {
  DEADLINE_STATUS,
  isOpenStatus,
  isOverdue,
  type BreakdownDimension,
  type BreakdownRow,
  type DashboardStore,
  type HazardLevel,
  type HazardStatus,
  type MonthWindow,
  type ScopeFilter,
} from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { isRollupScope, readOverdueCounts, rollupScopeCondition, type RollupFacet } from './hazard-rollups.js';
import { toCount } from './row-values.js';
import { flag, openHazard, overdueHazard } from './rule-conditions.js';
import { scopeCondition } from './scope-conditions.js';

const DIMENSION_COLUMNS: Readonly<Record<BreakdownDimension, string>> = {
  sector: 'hazards.sector',
  source: 'hazards.source',
  category: 'hazards.category',
  level: 'hazards.level',
};

/** Which rollup facet holds each breakdown: sector and level are columns of every facet's rows. */
const ROLLUP_FACET_OF: Readonly<Record<BreakdownDimension, RollupFacet>> = { sector: 'all', level: 'all', source: 'source', category: 'category' };

/** Counts of hazards with one key, status and level; `overdue` of them past their deadline. */
interface KeyedCount {
  readonly key: string;
  readonly status: string;
  readonly level: string;
  readonly count: number;
  readonly overdue: number;
}

/** `case when column < to₀ then 0 when column < to₁ then 1 … end`: the month index of an instant. */
function monthBucket(column: string, months: readonly MonthWindow[]): RawBuilder<number> {
  const branches = months.map((window, index) => sql`when ${sql.ref(column)} < ${window.to} then ${sql.lit(index)}`);
  return sql<number>`case ${sql.join(branches, sql` `)} end`;
}

/**
 * The 一张图 queries, each one grouped statement narrowed to the caller's scope. Timestamps compare
 * as ISO text on SQLite and as timestamptz on PostgreSQL; both order the same way.
 */
export function createDashboardStore(db: Kysely<Database>): DashboardStore {
  /** Counts per month index (and status, when asked) of hazards whose `column` falls in the months. */
  async function countByMonth(scope: ScopeFilter, months: readonly MonthWindow[], column: 'reportedAt' | 'closedAt') {
    const first = months[0];
    const last = months[months.length - 1];
    if (!first || !last) return [];
    const ref = `hazards.${column}`;
    const rows = await db
      .selectFrom('hazards')
      .select(monthBucket(ref, months).as('bucket'))
      .select('hazards.status')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where((eb) => scopeCondition(eb, 'hazards', scope))
      .where(sql.ref(ref), '>=', first.from)
      .where(sql.ref(ref), '<', last.to)
      .$if(column === 'closedAt', (query) => query.where('hazards.status', '=', 'closed'))
      .groupBy([sql.ref('bucket'), 'hazards.status']) // by output alias: PostgreSQL would see different parameter numbers
      .execute();
    return rows.map((row) => ({ bucket: Number(row.bucket), status: row.status, count: toCount(row.count) }));
  }

  /** Counts by key, status and level from the rollups, with overdue ones from the folded and recent deadline rollups. */
  async function breakdownFromRollups(scope: ScopeFilter, dimension: BreakdownDimension, today: string): Promise<KeyedCount[]> {
    const facet = ROLLUP_FACET_OF[dimension];
    const keyColumn = facet === 'all' ? (dimension as 'sector' | 'level') : 'facetValue';
    const [counts, overdue] = await Promise.all([
      db
        .selectFrom('hazardCounts')
        .select(sql<string>`${sql.ref(`hazardCounts.${keyColumn}`)}`.as('key'))
        .select(['hazardCounts.status', 'hazardCounts.level'])
        .select((eb) => eb.fn.sum<number | string>('hazardCounts.count').as('count'))
        .where((eb) => rollupScopeCondition(eb, 'hazardCounts', scope))
        .where('hazardCounts.facet', '=', facet)
        .groupBy([`hazardCounts.${keyColumn}`, 'hazardCounts.status', 'hazardCounts.level'])
        .execute(),
      readOverdueCounts(db, scope, facet, today, [keyColumn]),
    ]);
    return [
      ...counts.map((row) => ({ key: row.key, status: row.status, level: row.level, count: toCount(row.count), overdue: 0 })),
      ...overdue.map((row) => ({ key: row[keyColumn], status: DEADLINE_STATUS, level: '', count: 0, overdue: toCount(row.count) })),
    ];
  }

  /** The same counts by one grouped query over the hazards in scope (small scopes). */
  async function breakdownFromHazards(scope: ScopeFilter, dimension: BreakdownDimension, today: string): Promise<KeyedCount[]> {
    const overdueFlag = flag(overdueHazard(today));
    const rows = await db
      .selectFrom('hazards')
      .select(sql<string>`${sql.ref(DIMENSION_COLUMNS[dimension])}`.as('key'))
      .select(['hazards.status', 'hazards.level'])
      .select(overdueFlag.as('overdue'))
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where((eb) => scopeCondition(eb, 'hazards', scope))
      .groupBy([sql.ref('key'), 'hazards.status', 'hazards.level', sql.ref('overdue')])
      .execute();
    return rows.map((row) => {
      const count = toCount(row.count);
      return { key: row.key, status: row.status, level: row.level, count, overdue: Number(row.overdue) === 1 ? count : 0 };
    });
  }

  return {
    async monthlyFlow(scope, months) {
      const flows = months.map((window) => ({ month: window.month, found: 0, closed: 0, foundClosed: 0, foundDismissed: 0 }));
      for (const row of await countByMonth(scope, months, 'reportedAt')) {
        const flow = flows[row.bucket];
        if (!flow) continue;
        flow.found += row.count;
        if (row.status === 'closed') flow.foundClosed += row.count;
        if (row.status === 'dismissed') flow.foundDismissed += row.count;
      }
      for (const row of await countByMonth(scope, months, 'closedAt')) {
        const flow = flows[row.bucket];
        if (flow) flow.closed += row.count;
      }
      return flows;
    },

    async breakdown(scope, dimension, today) {
      const rows = isRollupScope(scope) ? await breakdownFromRollups(scope, dimension, today) : await breakdownFromHazards(scope, dimension, today);
      const groups = new Map<string, { open: number; overdue: number; major: number; closed: number; total: number }>();
      for (const row of rows) {
        const status = row.status as HazardStatus;
        const group = groups.get(row.key) ?? { open: 0, overdue: 0, major: 0, closed: 0, total: 0 };
        group.total += row.count;
        if (isOpenStatus(status)) group.open += row.count;
        if (isOpenStatus(status) && row.level === 'major') group.major += row.count;
        if (status === 'closed') group.closed += row.count;
        group.overdue += row.overdue;
        groups.set(row.key, group);
      }
      const result: BreakdownRow[] = [...groups.entries()].map(([key, counts]) => ({ key, ...counts }));
      return result.sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
    },

    async openHazardPoints(scope, today, limit) {
      const base = db
        .selectFrom('hazards')
        .where((eb) => scopeCondition(eb, 'hazards', scope))
        .where(openHazard())
        .where('hazards.lng', 'is not', null)
        .where('hazards.lat', 'is not', null);
      const [rows, total] = await Promise.all([
        base
          .select(['hazards.id', 'hazards.lng', 'hazards.lat', 'hazards.level', 'hazards.status', 'hazards.deadline'])
          .orderBy('hazards.id', 'desc')
          .limit(limit)
          .execute(),
        base.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirst(),
      ]);
      const points = rows.map((row) => ({
        id: row.id,
        lng: Number(row.lng),
        lat: Number(row.lat),
        level: row.level as HazardLevel,
        status: row.status as HazardStatus,
        isOverdue: isOverdue({ status: row.status as HazardStatus, deadline: row.deadline }, today),
      }));
      return { points, total: toCount(total?.count) };
    },
  };
}
