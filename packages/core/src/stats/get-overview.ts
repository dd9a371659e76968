import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { HAZARD_STATUSES } from '../hazards/hazard-status.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import type { TownBreakdown } from './overview.js';

export interface Overview {
  readonly asOf: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly open: number;
  readonly overdue: number;
  readonly majorOpen: number;
  /** 整改率: closed ÷ hazards that needed rectification (all but dismissed); null when there are none. */
  readonly rectificationRate: number | null;
  readonly byTown: readonly TownBreakdown[];
}

/** The dashboard's counts inside the actor's scope. */
export async function getOverview(deps: Pick<CoreDeps, 'clock' | 'stats'>, actor: Actor): Promise<Overview> {
  const now = deps.clock.now();
  const counts = await deps.stats.hazardCounts(scopeFilterOf(actor), shanghaiDate(now));
  const byStatus = counts.byStatus;
  const total = HAZARD_STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
  const rectifiable = total - byStatus.dismissed;
  return {
    asOf: now.toISOString(),
    total,
    byStatus,
    open: byStatus.reported + byStatus.assigned + byStatus.submitted,
    overdue: counts.overdue,
    majorOpen: counts.majorOpen,
    rectificationRate: rectifiable > 0 ? byStatus.closed / rectifiable : null,
    byTown: counts.byTown,
  };
}
