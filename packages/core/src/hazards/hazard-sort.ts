import { invalidInput } from '../shared/domain-error.js';
import { HAZARD_LEVELS, type Hazard } from './hazard.js';

/**
 * The orders of the hazard list (issue 16, sortable columns). `reported_desc` (newest first, id
 * order) is the default. Each order runs its column and the id tie-break the same way, so one
 * `(…, column, id)` index serves it read forwards or backwards. Hazards without a deadline come
 * after those with one in both deadline orders (ADR 0091).
 */
export const HAZARD_SORTS = ['reported_desc', 'reported_asc', 'deadline_asc', 'deadline_desc', 'level_desc', 'level_asc'] as const;
export type HazardSort = (typeof HAZARD_SORTS)[number];
export const DEFAULT_HAZARD_SORT: HazardSort = 'reported_desc';

export interface HazardSortOrder {
  /** `id` for the report order: ids are time-ordered (UUIDv7). */
  readonly column: 'id' | 'deadline' | 'level';
  readonly direction: 'asc' | 'desc';
}

export function hazardSortOrder(sort: HazardSort | undefined): HazardSortOrder {
  const [column, direction] = (sort ?? DEFAULT_HAZARD_SORT).split('_') as ['reported' | 'deadline' | 'level', 'asc' | 'desc'];
  return { column: column === 'reported' ? 'id' : column, direction };
}

/** Where a page ended: the last row's sort value (null: no deadline) and id. */
export interface HazardSortPosition {
  readonly value: string | null;
  readonly id: string;
}

const ID = /^[0-9A-Za-z-]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NO_DEADLINE = '-';

/** The sort value of a hazard for an order's column (the id itself for the report order). */
export function hazardSortValue(hazard: Pick<Hazard, 'id' | 'deadline' | 'level'>, order: HazardSortOrder): string | null {
  return order.column === 'id' ? hazard.id : hazard[order.column];
}

/**
 * The cursor after `hazard`. The report order keeps the bare id it always had (old links stay
 * valid); the others write `value_id`, with `-` for no deadline: at most 64 + 12 characters.
 */
export function encodeHazardCursor(sort: HazardSort | undefined, hazard: Pick<Hazard, 'id' | 'deadline' | 'level'>): string {
  const order = hazardSortOrder(sort);
  if (order.column === 'id') return hazard.id;
  return `${hazardSortValue(hazard, order) ?? NO_DEADLINE}_${hazard.id}`;
}

/** A client's cursor for `sort`; one the list did not issue for that order is refused, naming the field. */
export function decodeHazardCursor(sort: HazardSort | undefined, cursor: string): HazardSortPosition {
  const order = hazardSortOrder(sort);
  const refuse = () => invalidInput([{ path: '/cursor', code: 'invalid_cursor' }]);
  if (order.column === 'id') {
    if (!ID.test(cursor)) throw refuse();
    return { value: cursor, id: cursor };
  }
  const split = cursor.indexOf('_');
  const value = cursor.slice(0, split);
  const id = cursor.slice(split + 1);
  if (split < 0 || !ID.test(id)) throw refuse();
  if (order.column === 'deadline' && (value === NO_DEADLINE || DATE.test(value))) return { value: value === NO_DEADLINE ? null : value, id };
  if (order.column === 'level' && (HAZARD_LEVELS as readonly string[]).includes(value)) return { value, id };
  throw refuse();
}

/**
 * The list order as a comparator: what the SQL's ORDER BY means, for the fakes and the tests.
 * A missing deadline sorts after every deadline, in both directions.
 */
export function compareHazards(sort: HazardSort | undefined): (a: Pick<Hazard, 'id' | 'deadline' | 'level'>, b: Pick<Hazard, 'id' | 'deadline' | 'level'>) => number {
  const order = hazardSortOrder(sort);
  const sign = order.direction === 'asc' ? 1 : -1;
  const plain = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) => {
    const left = hazardSortValue(a, order);
    const right = hazardSortValue(b, order);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else if (left !== right) {
      return sign * plain(left, right);
    }
    return sign * plain(a.id, b.id);
  };
}

/** Whether `hazard` comes after the cursor's position in the order (the next page's rows). */
export function isAfterHazardPosition(sort: HazardSort | undefined, position: HazardSortPosition, hazard: Pick<Hazard, 'id' | 'deadline' | 'level'>): boolean {
  const atCursor = { id: position.id, deadline: position.value, level: (position.value ?? 'general') as Hazard['level'] };
  return compareHazards(sort)(atCursor, hazard) < 0;
}
