import { comparePlain, compareNullsLast, nameSortKey } from '../shared/list-order.js';
import type { PatrolStatus } from './patrol-schedule.js';

/**
 * The orders of the patrol list (巡查计划, issue 16). `due_asc` (most overdue first) is the list's
 * order since it was built and stays the default; names sort by pinyin as the unit registry does;
 * units never visited come last in both visit orders. Ties are broken by unit id (ADR 0108).
 */
export const PATROL_SORTS = ['due_asc', 'due_desc', 'name_asc', 'name_desc', 'visited_desc', 'visited_asc'] as const;
export type PatrolSort = (typeof PATROL_SORTS)[number];
export const DEFAULT_PATROL_SORT: PatrolSort = 'due_asc';

interface PatrolRow {
  readonly unit: { readonly id: string; readonly name: string };
  readonly status: Pick<PatrolStatus, 'dueOn' | 'lastVisitedOn'>;
}

/** The patrol list's order as a comparator over its rows. */
export function comparePatrols(sort: PatrolSort = DEFAULT_PATROL_SORT): (a: PatrolRow, b: PatrolRow) => number {
  const [column, direction] = sort.split('_') as ['due' | 'name' | 'visited', 'asc' | 'desc'];
  const sign = direction === 'asc' ? 1 : -1;
  const names = new Map<string, string>();
  const nameKey = (row: PatrolRow) => names.get(row.unit.id) ?? names.set(row.unit.id, nameSortKey(row.unit.name)).get(row.unit.id) as string;
  return (a, b) => {
    const byColumn = column === 'due' ? sign * comparePlain(a.status.dueOn, b.status.dueOn)
      : column === 'name' ? sign * comparePlain(nameKey(a), nameKey(b))
        : compareNullsLast(a.status.lastVisitedOn, b.status.lastVisitedOn, direction, comparePlain);
    return byColumn || sign * comparePlain(a.unit.id, b.unit.id);
  };
}
