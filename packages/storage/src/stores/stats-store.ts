import { sql, type Kysely } from 'kysely';
import { DEADLINE_STATUS, HAZARD_STATUSES, isOpenStatus, type HazardCounts, type HazardStatus, type ScopeFilter, type StatsStore, type TownBreakdown } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { foldOverdueCounts, isRollupScope, readOverdueCounts, rollupScopeCondition } from './hazard-rollups.js';
import { toCount } from './row-values.js';
import { flag, overdueHazard } from './rule-conditions.js';
import { scopeCondition } from './scope-conditions.js';

interface CountRow {
  readonly townCode: string;
  readonly status: string;
  readonly level: string;
  readonly overdue: number;
  readonly count: number | string;
}

/**
 * Dashboard counts. District, town and department scopes read the rollups (ADR 0031): a few
 * hundred rows whatever the number of hazards. Grid workers, villages and enterprises see few
 * hazards; theirs are counted from the hazards by one grouped, indexed query. Overdue counts come
 * from the folded overdue counts and the deadline days since the district's last fold.
 */
export function createStatsStore(db: Kysely<Database>): StatsStore {
  /** Rollup rows shaped like the grouped query's: counts by town, status and level, and overdue ones apart. */
  async function fromRollups(scope: ScopeFilter, today: string): Promise<CountRow[]> {
    const [counts, overdue] = await Promise.all([
      db
        .selectFrom('hazardCounts')
        .select(['townCode', 'status', 'level'])
        .select((eb) => eb.fn.sum<number | string>('count').as('count'))
        .where((eb) => rollupScopeCondition(eb, 'hazardCounts', scope))
        .where('facet', '=', 'all')
        .groupBy(['townCode', 'status', 'level'])
        .execute(),
      // Folded counts plus the deadline days since the last fold: a few rows whatever the history.
      readOverdueCounts(db, scope, 'all', today, ['townCode', 'level']),
    ]);
    // Overdue hazards are assigned ones: move them out of the assigned counts into rows of their own.
    const rows = counts.map((row) => ({ townCode: row.townCode, status: row.status, level: row.level, overdue: 0, count: toCount(row.count) }));
    for (const late of overdue) {
      const assigned = rows.find((row) => row.townCode === late.townCode && row.level === late.level && row.status === DEADLINE_STATUS);
      if (assigned) assigned.count -= toCount(late.count);
      rows.push({ townCode: late.townCode, status: DEADLINE_STATUS, level: late.level, overdue: 1, count: toCount(late.count) });
    }
    return rows;
  }

  async function fromHazards(scope: ScopeFilter, today: string): Promise<CountRow[]> {
    const overdueFlag = flag(overdueHazard(today, undefined));
    const rows = await db
      .selectFrom('hazards')
      .select(['townCode', 'status', 'level'])
      .select(overdueFlag.as('overdue'))
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where((eb) => scopeCondition(eb, 'hazards', scope))
      .groupBy(['townCode', 'status', 'level', sql.ref('overdue')]) // by output alias: PostgreSQL would see two different parameter numbers
      .execute();
    return rows;
  }

  return {
    foldOverdue: (districtCode, through) => foldOverdueCounts(db, districtCode, through),

    async hazardCounts(scope, today) {
      const rows = isRollupScope(scope) ? await fromRollups(scope, today) : await fromHazards(scope, today);
      const byStatus = Object.fromEntries(HAZARD_STATUSES.map((status) => [status, 0])) as Record<HazardStatus, number>;
      const towns = new Map<string, { open: number; overdue: number; major: number; closed: number; total: number }>();
      let overdue = 0;
      let majorOpen = 0;
      for (const row of rows) {
        const count = toCount(row.count);
        const status = row.status as HazardStatus;
        const isOverdue = Number(row.overdue) === 1;
        const isMajorOpen = row.level === 'major' && isOpenStatus(status);
        byStatus[status] += count;
        if (isOverdue) overdue += count;
        if (isMajorOpen) majorOpen += count;
        const town = towns.get(row.townCode) ?? { open: 0, overdue: 0, major: 0, closed: 0, total: 0 };
        town.total += count;
        if (isOpenStatus(status)) town.open += count;
        if (status === 'closed') town.closed += count;
        if (isOverdue) town.overdue += count;
        if (isMajorOpen) town.major += count;
        towns.set(row.townCode, town);
      }
      const byTown: TownBreakdown[] = [...towns.entries()]
        .map(([townCode, counts]) => ({ townCode, ...counts }))
        .sort((a, b) => a.townCode.localeCompare(b.townCode));
      const counts: HazardCounts = { byStatus, overdue, majorOpen, byTown };
      return counts;
    },
  };
}
