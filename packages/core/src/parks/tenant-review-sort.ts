import { invalidInput } from '../shared/domain-error.js';
import { comparePlain } from '../shared/list-order.js';
import { TENANT_REVIEW_STATUSES, type TenantReview } from './tenant-review.js';

/**
 * The orders of the tenant review queue (厂中厂审核, issues 13 and 16). `applied_desc` (newest
 * application first, id order: ids are UUIDv7) is the queue's order since it was built and stays
 * the default. Each order runs its column and the id tie-break the same way, so the existing
 * `(district_code | town_code, status, id)` indexes serve the status orders read either way (ADR 0113).
 * The tenant's name is not offered: it lives inside the application's JSON and has no stored sort key.
 */
export const TENANT_REVIEW_SORTS = ['applied_desc', 'applied_asc', 'status_asc', 'status_desc'] as const;
export type TenantReviewSort = (typeof TENANT_REVIEW_SORTS)[number];
export const DEFAULT_TENANT_REVIEW_SORT: TenantReviewSort = 'applied_desc';

export interface TenantReviewSortOrder {
  readonly column: 'id' | 'status';
  readonly direction: 'asc' | 'desc';
}

export function tenantReviewSortOrder(sort: TenantReviewSort | undefined): TenantReviewSortOrder {
  const [column, direction] = (sort ?? DEFAULT_TENANT_REVIEW_SORT).split('_') as ['applied' | 'status', 'asc' | 'desc'];
  return { column: column === 'applied' ? 'id' : column, direction };
}

/** Where a page ended: the last row's status (or id, in the application orders) and id. */
export interface TenantReviewSortPosition {
  readonly value: string;
  readonly id: string;
}

const ID = /^[0-9A-Za-z-]{1,64}$/;

type TenantReviewKey = Pick<TenantReview, 'id' | 'status'>;

/**
 * The cursor after `review`. The application orders keep the bare id the queue always issued (old
 * links stay valid); the status orders write `status_id`, so a cursor of one order is refused by another.
 */
export function encodeTenantReviewCursor(sort: TenantReviewSort | undefined, review: TenantReviewKey): string {
  return tenantReviewSortOrder(sort).column === 'id' ? review.id : `${review.status}_${review.id}`;
}

/** A client's cursor for `sort`; one the queue did not issue for that order is refused, naming the field. */
export function decodeTenantReviewCursor(sort: TenantReviewSort | undefined, cursor: string): TenantReviewSortPosition {
  const refuse = () => invalidInput([{ path: '/cursor', code: 'invalid_cursor' }]);
  if (tenantReviewSortOrder(sort).column === 'id') {
    if (!ID.test(cursor)) throw refuse();
    return { value: cursor, id: cursor };
  }
  const split = cursor.indexOf('_');
  const value = cursor.slice(0, split);
  const id = cursor.slice(split + 1);
  if (split < 0 || !ID.test(id) || !(TENANT_REVIEW_STATUSES as readonly string[]).includes(value)) throw refuse();
  return { value, id };
}

/** The queue's order as a comparator: what the SQL's ORDER BY means, for the memory fake and the tests. */
export function compareTenantReviews(sort: TenantReviewSort | undefined): (a: TenantReviewKey, b: TenantReviewKey) => number {
  const order = tenantReviewSortOrder(sort);
  const sign = order.direction === 'asc' ? 1 : -1;
  return (a, b) => sign * ((order.column === 'status' ? comparePlain(a.status, b.status) : 0) || comparePlain(a.id, b.id));
}

/** Whether `review` comes after the cursor's position in the order (the next page's rows). */
export function isAfterTenantReviewPosition(sort: TenantReviewSort | undefined, position: TenantReviewSortPosition, review: TenantReviewKey): boolean {
  const atCursor: TenantReviewKey = { id: position.id, status: (TENANT_REVIEW_STATUSES as readonly string[]).includes(position.value) ? position.value as TenantReview['status'] : 'submitted' };
  return compareTenantReviews(sort)(atCursor, review) < 0;
}
