import { defineListSort } from '../shared/keyset-sort.js';
import { nameSortKey } from '../shared/list-order.js';
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

const patrolSort = defineListSort({
  sorts: PATROL_SORTS,
  defaultSort: DEFAULT_PATROL_SORT,
  columns: {
    due: { read: (row: PatrolRow) => row.status.dueOn },
    name: { read: (row: PatrolRow) => nameSortKey(row.unit.name), cached: true },
    visited: { read: (row: PatrolRow) => row.status.lastVisitedOn },
  },
  idOf: (row) => row.unit.id,
});

/** The patrol list's order as a comparator over its rows. */
export const comparePatrols = patrolSort.compare;
