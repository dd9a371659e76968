import { invalidInput } from '../shared/domain-error.js';
import { comparePlain } from '../shared/list-order.js';
import type { Inspection } from './inspection.js';
import { INSPECTION_STATUSES } from './inspection-status.js';

/**
 * The orders of the inspection list (检查记录, issues 13 and 16). `started_desc` (newest first, id
 * order: ids are UUIDv7 made when the inspection starts) is the default and the list's order since
 * it was built. Each order runs its column and the id tie-break the same way, so one
 * `(district_code, column, id)` index serves it read forwards or backwards (ADR 0112). The unit's
 * name is not on the inspection row, so the list does not sort by it.
 */
export const INSPECTION_SORTS = ['started_desc', 'started_asc', 'failed_desc', 'failed_asc', 'status_asc', 'status_desc'] as const;
export type InspectionSort = (typeof INSPECTION_SORTS)[number];
export const DEFAULT_INSPECTION_SORT: InspectionSort = 'started_desc';

export interface InspectionSortOrder {
  /** `id` for the start order; `failedItems` is the number of hazards the inspection found. */
  readonly column: 'id' | 'failedItems' | 'status';
  readonly direction: 'asc' | 'desc';
}

const COLUMNS = { started: 'id', failed: 'failedItems', status: 'status' } as const;

export function inspectionSortOrder(sort: InspectionSort | undefined): InspectionSortOrder {
  const [column, direction] = (sort ?? DEFAULT_INSPECTION_SORT).split('_') as [keyof typeof COLUMNS, 'asc' | 'desc'];
  return { column: COLUMNS[column], direction };
}

/** Where a page ended: the last row's sort value (the id itself in the start orders) and id. */
export interface InspectionSortPosition {
  readonly value: string | number;
  readonly id: string;
}

type InspectionKey = Pick<Inspection, 'id' | 'status' | 'failedItems'>;

const ID = /^[0-9A-Za-z-]{1,64}$/;
const COUNT = /^\d{1,6}$/;

/**
 * The cursor after `inspection`. The start orders keep the bare id the list always issued (old
 * links stay valid); the others write `value_id`. A status may hold `_` (`in_progress`) and an id
 * never does, so the id is what follows the last `_`.
 */
export function encodeInspectionCursor(sort: InspectionSort | undefined, inspection: InspectionKey): string {
  const order = inspectionSortOrder(sort);
  return order.column === 'id' ? inspection.id : `${inspection[order.column]}_${inspection.id}`;
}

/** A client's cursor for `sort`; one the list did not issue for that order is refused, naming the field. */
export function decodeInspectionCursor(sort: InspectionSort | undefined, cursor: string): InspectionSortPosition {
  const order = inspectionSortOrder(sort);
  const refuse = () => invalidInput([{ path: '/cursor', code: 'invalid_cursor' }]);
  if (order.column === 'id') {
    if (!ID.test(cursor)) throw refuse();
    return { value: cursor, id: cursor };
  }
  const split = cursor.lastIndexOf('_');
  const value = cursor.slice(0, split);
  const id = cursor.slice(split + 1);
  if (split < 0 || !ID.test(id)) throw refuse();
  if (order.column === 'status' && (INSPECTION_STATUSES as readonly string[]).includes(value)) return { value, id };
  if (order.column === 'failedItems' && COUNT.test(value)) return { value: Number(value), id };
  throw refuse();
}

/** The list's order as a comparator: what the SQL's ORDER BY means, for the fake and the tests. */
export function compareInspections(sort: InspectionSort | undefined): (a: InspectionKey, b: InspectionKey) => number {
  const order = inspectionSortOrder(sort);
  const sign = order.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const byColumn = order.column === 'failedItems' ? a.failedItems - b.failedItems : order.column === 'status' ? comparePlain(a.status, b.status) : 0;
    return sign * (byColumn || comparePlain(a.id, b.id));
  };
}

/** Whether `inspection` comes after the cursor's position in the order (the next page's rows). */
export function isAfterInspectionPosition(sort: InspectionSort | undefined, position: InspectionSortPosition, inspection: InspectionKey): boolean {
  const atCursor: InspectionKey = {
    id: position.id,
    status: (typeof position.value === 'string' ? position.value : 'finished') as Inspection['status'],
    failedItems: typeof position.value === 'number' ? position.value : 0,
  };
  return compareInspections(sort)(atCursor, inspection) < 0;
}
