import { isInScope } from '../accounts/scope.js';
import type { Hazard } from '../hazards/hazard.js';
import { isOpenStatus } from '../hazards/hazard-status.js';
import { isOverdue } from '../hazards/hazard-time-policy.js';
import type { BreakdownRow, DashboardStore } from '../stats/dashboard-store.js';

/** The dashboard queries over the in-memory hazards table, with the same meaning as the SQL ones. */
export function createMemoryDashboardStore(hazards: ReadonlyMap<string, Hazard>): DashboardStore {
  const visible = (scope: Parameters<typeof isInScope>[0]) => [...hazards.values()].filter((hazard) => isInScope(scope, hazard));
  return {
    async monthlyFlow(scope, months) {
      const rows = visible(scope);
      return months.map((window) => {
        const found = rows.filter((hazard) => hazard.reportedAt >= window.from && hazard.reportedAt < window.to);
        return {
          month: window.month,
          found: found.length,
          closed: rows.filter((hazard) => hazard.status === 'closed' && hazard.closedAt !== null && hazard.closedAt >= window.from && hazard.closedAt < window.to).length,
          foundClosed: found.filter((hazard) => hazard.status === 'closed').length,
          foundDismissed: found.filter((hazard) => hazard.status === 'dismissed').length,
        };
      });
    },
    async breakdown(scope, dimension, today) {
      const groups = new Map<string, BreakdownRow>();
      for (const hazard of visible(scope)) {
        const key = hazard[dimension];
        const row = groups.get(key) ?? { key, open: 0, overdue: 0, major: 0, closed: 0, total: 0 };
        const open = isOpenStatus(hazard.status);
        groups.set(key, {
          key,
          open: row.open + (open ? 1 : 0),
          overdue: row.overdue + (isOverdue(hazard, today) ? 1 : 0),
          major: row.major + (open && hazard.level === 'major' ? 1 : 0),
          closed: row.closed + (hazard.status === 'closed' ? 1 : 0),
          total: row.total + 1,
        });
      }
      return [...groups.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
    },
    async openHazardPoints(scope, today, limit) {
      const open = visible(scope)
        .filter((hazard) => isOpenStatus(hazard.status) && hazard.location !== null)
        .sort((a, b) => (a.id < b.id ? 1 : -1));
      const points = open.slice(0, limit).map((hazard) => ({
        id: hazard.id, lng: hazard.location?.lng ?? 0, lat: hazard.location?.lat ?? 0, level: hazard.level, status: hazard.status, isOverdue: isOverdue(hazard, today),
      }));
      return { points, total: open.length };
    },
  };
}
