import { defineKeysetSort, nullablePatternColumn, oneOfColumn, type SortOrder, type SortPosition } from '../shared/keyset-sort.js';
import { HAZARD_LEVELS, type Hazard } from './hazard.js';

/**
 * The orders of the hazard list (issue 16, sortable columns). `reported_desc` (newest first, id
 * order) is the default. Each order runs its column and the id tie-break the same way, so one
 * `(…, column, id)` index serves it read forwards or backwards. Hazards without a deadline come
 * after those with one in both deadline orders (ADR 0091). The cursor: the bare id in the report
 * order (old links stay valid), `value_id` in the others with `-` for no deadline (ADR 0114).
 */
export const HAZARD_SORTS = ['reported_desc', 'reported_asc', 'deadline_asc', 'deadline_desc', 'level_desc', 'level_asc'] as const;
export type HazardSort = (typeof HAZARD_SORTS)[number];
export const DEFAULT_HAZARD_SORT: HazardSort = 'reported_desc';

type HazardKey = Pick<Hazard, 'id' | 'deadline' | 'level'>;

const hazardSort = defineKeysetSort({
  sorts: HAZARD_SORTS,
  defaultSort: DEFAULT_HAZARD_SORT,
  // `id` for the report order: ids are time-ordered (UUIDv7).
  columns: { reported: 'id', deadline: 'deadline', level: 'level' },
  values: {
    deadline: nullablePatternColumn((hazard: HazardKey) => hazard.deadline, /^\d{4}-\d{2}-\d{2}$/, '-'),
    level: oneOfColumn((hazard: HazardKey) => hazard.level, HAZARD_LEVELS),
  },
});

export type HazardSortOrder = SortOrder<'id' | 'deadline' | 'level'>;
/** Where a page ended: the last row's sort value (null: no deadline) and id. */
export type HazardSortPosition = SortPosition<string | null>;

export const hazardSortOrder = hazardSort.order;
export const hazardSortValue = hazardSort.value;
export const encodeHazardCursor = hazardSort.encode;
export const decodeHazardCursor = hazardSort.decode;
export const compareHazards = hazardSort.compare;
export const isAfterHazardPosition = hazardSort.isAfter;
