import { useEffect } from 'react';
import { useCurrentUser } from '../../auth/use-session';
import { unitsApi } from '../../units/units-api';
import { checklistsApi } from '../../checklists/checklists-api';
import { inspectionKitsOf } from './inspection-kit';
import { prefetchInspectionKits } from './prefetch-inspection-kits';

// Once in a while is enough: checklists change seldom, and every run costs two requests per unit.
const REFRESH_MS = 10 * 60_000;
const lastRuns = new Map<string, number>();

/**
 * On 我的任务 with signal: keeps the checklists of the task list's units and of the units opened
 * lately, so they can be inspected without signal even if their start page was never opened.
 */
export function usePrefetchInspectionKits(taskUnitIds: readonly string[], enabled: boolean): void {
  const user = useCurrentUser();
  const key = `${user.id}|${[...new Set(taskUnitIds)].sort().join(',')}`;
  useEffect(() => {
    if (!enabled || user.role !== 'grid_worker' || !navigator.onLine) return;
    const last = lastRuns.get(key);
    if (last !== undefined && Date.now() - last < REFRESH_MS) return;
    lastRuns.set(key, Date.now());
    const opened = inspectionKitsOf(localStorage, user.id).map((kit) => kit.unit.id);
    void prefetchInspectionKits({
      storage: localStorage, userId: user.id, now: () => new Date(),
      fetchUnit: (unitId) => unitsApi.get(unitId),
      fetchChecklists: (unitId) => checklistsApi.list({ unitId }),
    }, [...taskUnitIds, ...opened]).catch(() => lastRuns.delete(key));
  }, [key, enabled]); // eslint-disable-line react-hooks/exhaustive-deps -- one run per set of units, keyed by `key`
}
