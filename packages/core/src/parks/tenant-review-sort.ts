import { defineKeysetSort, oneOfColumn, type SortOrder, type SortPosition } from '../shared/keyset-sort.js';
import { TENANT_REVIEW_STATUSES, type TenantReview } from './tenant-review.js';

/**
 * The orders of the tenant review queue (厂中厂审核, issues 13 and 16). `applied_desc` (newest
 * application first, id order: ids are UUIDv7) is the queue's order since it was built and stays
 * the default. Each order runs its column and the id tie-break the same way, so the existing
 * `(district_code | town_code, status, id)` indexes serve the status orders read either way (ADR 0113).
 * The tenant's name is not offered: it lives inside the application's JSON and has no stored sort key.
 * The application orders keep the bare-id cursor the queue always issued; the status orders write
 * `status_id`, so a cursor of one order is refused by another (ADR 0114).
 */
export const TENANT_REVIEW_SORTS = ['applied_desc', 'applied_asc', 'status_asc', 'status_desc'] as const;
export type TenantReviewSort = (typeof TENANT_REVIEW_SORTS)[number];
export const DEFAULT_TENANT_REVIEW_SORT: TenantReviewSort = 'applied_desc';

const tenantReviewSort = defineKeysetSort({
  sorts: TENANT_REVIEW_SORTS,
  defaultSort: DEFAULT_TENANT_REVIEW_SORT,
  columns: { applied: 'id', status: 'status' },
  values: { status: oneOfColumn((review: Pick<TenantReview, 'id' | 'status'>) => review.status, TENANT_REVIEW_STATUSES) },
});

export type TenantReviewSortOrder = SortOrder<'id' | 'status'>;
/** Where a page ended: the last row's status (or id, in the application orders) and id. */
export type TenantReviewSortPosition = SortPosition<string>;

export const tenantReviewSortOrder = tenantReviewSort.order;
export const encodeTenantReviewCursor = tenantReviewSort.encode;
export const decodeTenantReviewCursor = tenantReviewSort.decode;
export const compareTenantReviews = tenantReviewSort.compare;
export const isAfterTenantReviewPosition = tenantReviewSort.isAfter;
