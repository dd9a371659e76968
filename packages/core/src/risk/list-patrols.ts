import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf, type ScopeFilter } from '../accounts/scope.js';
import type { User } from '../accounts/user.js';
import type { CoreDeps } from '../deps.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { invalidInput } from '../shared/domain-error.js';
import { pageInMemory } from '../shared/list-order.js';
import { cappedCount, COUNT_CAP, type ListCount, type Page, type PageRequest } from '../shared/pagination.js';
import { patrolStatus, type PatrolState, type PatrolStatus } from './patrol-schedule.js';
import { comparePatrols, DEFAULT_PATROL_SORT, type PatrolSort } from './patrol-sort.js';
import { policyFor } from './refresh-unit-risk.js';
import type { RiskPosition } from './unit-risk-store.js';

export interface PatrolEntry {
  readonly unit: RiskPosition['unit'];
  readonly status: PatrolStatus;
}

export interface PatrolWorkerSummary {
  readonly userId: string;
  readonly displayName: string;
  readonly gridIds: readonly string[];
  readonly late: number;
  readonly due: number;
  readonly ok: number;
}

async function patrolEntries(deps: CoreDeps, scope: ScopeFilter, districtCode: string): Promise<PatrolEntry[]> {
  const today = shanghaiDate(deps.clock.now());
  const policy = await policyFor(deps, districtCode);
  const positions = await deps.unitRisks.listPositions(scope);
  return positions.flatMap(({ unit, risk }) => (risk ? [{ unit, status: patrolStatus({ unit, risk }, policy, today) }] : []));
}

/** Grid workers with units in the actor's scope, and how many of their units are late, due or fine. */
export async function listPatrolWorkers(deps: CoreDeps, actor: Actor): Promise<PatrolWorkerSummary[]> {
  const entries = await patrolEntries(deps, scopeFilterOf(actor), actor.districtCode);
  const byGrid = new Map<string, PatrolEntry[]>();
  for (const entry of entries) byGrid.set(entry.unit.gridId, [...(byGrid.get(entry.unit.gridId) ?? []), entry]);
  const workers = (await deps.users.listByDistrict(actor.districtCode)).filter(
    (user) => user.role === 'grid_worker' && user.status === 'active' && user.scope.gridIds.some((gridId) => byGrid.has(gridId))
      && (actor.role !== 'grid_worker' || user.id === actor.userId),
  );
  return workers
    .map((user: User) => {
      const mine = user.scope.gridIds.flatMap((gridId) => byGrid.get(gridId) ?? []);
      const count = (state: PatrolState) => mine.filter((entry) => entry.status.state === state).length;
      return { userId: user.id, displayName: user.displayName, gridIds: [...user.scope.gridIds], late: count('late'), due: count('due'), ok: count('ok') };
    })
    .sort((a, b) => b.late - a.late || b.due - a.due || a.displayName.localeCompare(b.displayName, 'zh-CN'));
}

/**
 * Units to patrol in `sort` order (most overdue first by default): a grid worker's own by default,
 * or one named worker's (within the actor's scope). `states` defaults to late and due. Sorted in
 * memory and paged by offset; a cursor names its order (ADR 0108).
 */
export async function listPatrolUnits(
  deps: CoreDeps,
  actor: Actor,
  input: PatrolUnitFilter & { readonly sort?: PatrolSort | undefined; readonly page: PageRequest },
): Promise<Page<PatrolEntry>> {
  const sort = input.sort ?? DEFAULT_PATROL_SORT;
  const entries = (await matchingPatrolUnits(deps, actor, input)).sort(comparePatrols(sort));
  return pageInMemory(entries, sort, DEFAULT_PATROL_SORT, input.page);
}

/** How many units `listPatrolUnits` would page through for the same filter, up to `COUNT_CAP` (共 N 条). */
export async function countPatrolUnits(deps: CoreDeps, actor: Actor, input: PatrolUnitFilter): Promise<ListCount> {
  return cappedCount((await matchingPatrolUnits(deps, actor, input)).length, COUNT_CAP);
}

/** Which grid worker's units and which patrol states a patrol list shows. */
export interface PatrolUnitFilter {
  readonly gridWorkerId?: string | undefined;
  readonly states?: readonly PatrolState[] | undefined;
}

/** The patrol list's rows, before sorting and paging: one source for the list and its count. */
async function matchingPatrolUnits(deps: CoreDeps, actor: Actor, input: PatrolUnitFilter): Promise<PatrolEntry[]> {
  let scope = scopeFilterOf(actor);
  if (input.gridWorkerId) {
    const worker = await deps.users.findById(input.gridWorkerId);
    if (!worker || worker.districtCode !== actor.districtCode || worker.role !== 'grid_worker') {
      throw invalidInput([{ path: '/gridWorkerId', code: 'not_found' }]);
    }
    const gridIds = scope.gridIds ? worker.scope.gridIds.filter((id) => scope.gridIds?.includes(id)) : worker.scope.gridIds;
    scope = { ...scope, gridIds };
  }
  const states = input.states?.length ? input.states : ['late', 'due'];
  return (await patrolEntries(deps, scope, actor.districtCode)).filter((entry) => states.includes(entry.status.state));
}
