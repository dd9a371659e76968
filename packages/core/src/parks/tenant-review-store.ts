import type { ScopeFilter } from '../accounts/scope.js';
import type { ListCount, Page, PageRequest } from '../shared/pagination.js';
import type { Unit } from '../units/unit.js';
import type { TenantOutcome, TenantReview, TenantReviewStatus } from './tenant-review.js';
import type { TenantReviewSort } from './tenant-review-sort.js';

export interface TenantReviewFilter {
  readonly statuses?: readonly TenantReviewStatus[] | undefined;
  readonly parkId?: string | undefined;
  /** The order of `list` and its cursors (default `applied_desc`, newest first); `count` ignores it. */
  readonly sort?: TenantReviewSort | undefined;
}

/** Tenant reviews and outcomes; reads are narrowed by the caller's scope on the park's placement. */
export interface TenantReviewStore {
  findById(id: string, scope: ScopeFilter): Promise<TenantReview | undefined>;
  insert(review: TenantReview): Promise<void>;
  update(review: TenantReview, expectedVersion: number): Promise<boolean>;
  /** In `filter.sort`'s order (newest first by default), keyset-paged. */
  list(scope: ScopeFilter, filter: TenantReviewFilter, page: PageRequest): Promise<Page<TenantReview>>;
  /** How many reviews `list` would return over all pages, counted up to `cap` (then `capped`). */
  count(scope: ScopeFilter, filter: TenantReviewFilter, cap: number): Promise<ListCount>;
  /** Every review of a park, oldest first; the caller has checked access to the park. */
  listForPark(parkId: string, districtCode: string): Promise<TenantReview[]>;
  /** The units leasing from the park (parent_id); the caller has checked access to the park. */
  listTenants(parkId: string, districtCode: string): Promise<Unit[]>;
  findOutcomes(unitIds: readonly string[], districtCode: string): Promise<TenantOutcome[]>;
  /** Inserts or replaces the tenant's outcome. */
  saveOutcome(outcome: TenantOutcome): Promise<void>;
}
