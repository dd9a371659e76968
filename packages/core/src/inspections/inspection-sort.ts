import { countColumn, defineKeysetSort, oneOfColumn, type SortOrder, type SortPosition } from '../shared/keyset-sort.js';
import type { Inspection } from './inspection.js';
import { INSPECTION_STATUSES } from './inspection-status.js';

/**
 * The orders of the inspection list (检查记录, issues 13 and 16). `started_desc` (newest first, id
 * order: ids are UUIDv7 made when the inspection starts) is the default and the list's order since
 * it was built. Each order runs its column and the id tie-break the same way, so one
 * `(district_code, column, id)` index serves it read forwards or backwards (ADR 0112). The unit's
 * name is not on the inspection row, so the list does not sort by it. The start orders keep the
 * bare-id cursor the list always issued; the others write `value_id` (ADR 0114).
 */
export const INSPECTION_SORTS = ['started_desc', 'started_asc', 'failed_desc', 'failed_asc', 'status_asc', 'status_desc'] as const;
export type InspectionSort = (typeof INSPECTION_SORTS)[number];
export const DEFAULT_INSPECTION_SORT: InspectionSort = 'started_desc';

type InspectionKey = Pick<Inspection, 'id' | 'status' | 'failedItems'>;

const inspectionSort = defineKeysetSort({
  sorts: INSPECTION_SORTS,
  defaultSort: DEFAULT_INSPECTION_SORT,
  // `id` for the start order; `failedItems` is the number of hazards the inspection found.
  columns: { started: 'id', failed: 'failedItems', status: 'status' },
  values: {
    failedItems: countColumn((inspection: InspectionKey) => inspection.failedItems),
    status: oneOfColumn((inspection: InspectionKey) => inspection.status, INSPECTION_STATUSES),
  },
});

export type InspectionSortOrder = SortOrder<'id' | 'failedItems' | 'status'>;
/** Where a page ended: the last row's sort value (the id itself in the start orders) and id. */
export type InspectionSortPosition = SortPosition<string | number>;

export const inspectionSortOrder = inspectionSort.order;
export const encodeInspectionCursor = inspectionSort.encode;
export const decodeInspectionCursor = inspectionSort.decode;
export const compareInspections = inspectionSort.compare;
export const isAfterInspectionPosition = inspectionSort.isAfter;
