import { sql, type Kysely } from 'kysely';
import { HAZARD_STATUSES, isOpenStatus, type HazardCounts, type HazardStatus, type StatsStore, type TownBreakdown } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { toCount } from './row-values.js';
import { scopeCondition } from './scope-conditions.js';

/**
 * Dashboard counts from one grouped query over the caller's hazards. (The PostgreSQL issue
 * replaces this with rollups kept in the same transaction as each change.)
 */
export function createStatsStore(db: Kysely<Database>): StatsStore {
  return {
    async hazardCounts(scope, today) {
      const overdueFlag = sql<number>`case when ${sql.ref('status')} = 'assigned' and ${sql.ref('deadline')} < ${today} then 1 else 0 end`;
      const rows = await db
        .selectFrom('hazards')
        .select(['townCode', 'status', 'level'])
        .select(overdueFlag.as('overdue'))
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where((eb) => scopeCondition(eb, 'hazards', scope))
        .groupBy(['townCode', 'status', 'level', sql.ref('overdue')]) // by output alias: PostgreSQL would see two different parameter numbers
        .execute();
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
