import type { ScopeFilter } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import type { HazardCounts } from '../stats/overview.js';
import { SECTOR_DEPARTMENT, type Sector } from '../units/unit-catalog.js';
import type { OfficeRef, PlanTask, TargetMetric } from './task-list.js';

/** The hazards an office answers for: its town's, or those of its department's sectors. */
export function officeScope(districtCode: string, office: OfficeRef): ScopeFilter {
  if (office.kind === 'town') return { districtCode, regionCode: office.code };
  const sectors = (Object.keys(SECTOR_DEPARTMENT) as Sector[]).filter((sector) => SECTOR_DEPARTMENT[sector] === office.code);
  return { districtCode, sectors };
}

/** One metric from the dashboard's counts; the rate in % to one decimal, null when nothing needed rectification. */
export function metricOf(metric: TargetMetric, counts: HazardCounts): number | null {
  if (metric === 'overdue') return counts.overdue;
  if (metric === 'major_open') return counts.majorOpen;
  const total = Object.values(counts.byStatus).reduce((sum, count) => sum + count, 0);
  const rectifiable = total - counts.byStatus.dismissed;
  return rectifiable > 0 ? Math.round((counts.byStatus.closed / rectifiable) * 1000) / 10 : null;
}

/** The live figures of the tasks whose target names a metric, by task id, counted once per lead office. */
export async function liveFigures(deps: Pick<CoreDeps, 'clock' | 'stats'>, districtCode: string, tasks: readonly PlanTask[]): Promise<Map<string, number | null>> {
  const today = shanghaiDate(deps.clock.now());
  const counted = new Map<string, Promise<HazardCounts>>();
  const figures = new Map<string, number | null>();
  for (const task of tasks) {
    const metric = task.target.metric;
    if (!metric) continue;
    const key = `${task.lead.kind}:${task.lead.code}`;
    let counts = counted.get(key);
    if (!counts) {
      counts = deps.stats.hazardCounts(officeScope(districtCode, task.lead), today);
      counted.set(key, counts);
    }
    figures.set(task.id, metricOf(metric, await counts));
  }
  return figures;
}
