import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { COUNT_CAP, type ListCount, type Page, type PageRequest } from '../shared/pagination.js';
import type { Unit } from '../units/unit.js';
import { unitNotFound } from '../units/unit-errors.js';
import { notAPark, tenantReviewNotFound } from './park-errors.js';
import { isLandlordOf } from './park-policy.js';
import type { TenantOutcome, TenantReview, TenantReviewStatus } from './tenant-review.js';
import type { TenantReviewFilter } from './tenant-review-store.js';

/** One tenant with its latest review; flagged when it has no approved review (未经先审后租). */
export interface ParkTenant {
  readonly unit: Unit;
  readonly latestReview: TenantReview | null;
  readonly reviewState: TenantReviewStatus | 'none';
  readonly flagged: boolean;
  readonly outcome: TenantOutcome | null;
}

export interface ParkTenants {
  readonly park: Unit;
  readonly tenants: readonly ParkTenant[];
  /** Applications for tenants not registered yet, waiting for a decision. */
  readonly applications: readonly TenantReview[];
  readonly summary: { readonly tenants: number; readonly approved: number; readonly pending: number; readonly flagged: number };
}

/** The park if the actor may see it (its landlord, or scope), refusing units that are not parks. */
export async function loadPark(deps: Pick<CoreDeps, 'units'>, actor: Actor, parkId: string): Promise<Unit> {
  const park = await deps.units.findById(parkId, scopeFilterOf(actor));
  if (!park) throw unitNotFound(parkId);
  if (park.kind !== 'park') throw notAPark(park.id);
  return park;
}

/** The tenant states of one park (the flag tells who still needs 先审后租). */
export function tenantStates(tenants: readonly Unit[], reviews: readonly TenantReview[], outcomes: readonly TenantOutcome[]): ParkTenant[] {
  const latest = new Map<string, TenantReview>();
  const approved = new Set<string>();
  for (const review of reviews) {
    if (!review.tenantUnitId) continue;
    if ((latest.get(review.tenantUnitId)?.appliedAt ?? '') <= review.appliedAt) latest.set(review.tenantUnitId, review);
    if (review.status === 'approved') approved.add(review.tenantUnitId);
  }
  const outcomeOf = new Map(outcomes.map((outcome) => [outcome.unitId, outcome]));
  return tenants.map((unit) => {
    const review = latest.get(unit.id) ?? null;
    return { unit, latestReview: review, reviewState: review?.status ?? 'none', flagged: !approved.has(unit.id), outcome: outcomeOf.get(unit.id) ?? null };
  });
}

/**
 * The tenants of a 厂中厂 park with their review state and outcome. The landlord sees all its
 * tenants; supervisors see those inside their scope.
 */
export async function listParkTenants(deps: CoreDeps, actor: Actor, parkId: string): Promise<ParkTenants> {
  const park = await loadPark(deps, actor, parkId);
  const scope = scopeFilterOf(actor);
  const everyTenant = await deps.tenantReviews.listTenants(park.id, park.districtCode);
  const visible = isLandlordOf(actor, park.id) ? everyTenant : everyTenant.filter((unit) => isInScope(scope, { ...unit, unitId: unit.id }));
  const reviews = await deps.tenantReviews.listForPark(park.id, park.districtCode);
  const outcomes = await deps.tenantReviews.findOutcomes(visible.map((unit) => unit.id), park.districtCode);
  const tenants = tenantStates(visible, reviews, outcomes);
  const applications = reviews.filter((review) => review.tenantUnitId === null && review.status === 'submitted');
  return {
    park,
    tenants,
    applications,
    summary: {
      tenants: tenants.length,
      approved: tenants.filter((tenant) => !tenant.flagged).length,
      pending: tenants.filter((tenant) => tenant.reviewState === 'submitted').length + applications.length,
      flagged: tenants.filter((tenant) => tenant.flagged).length,
    },
  };
}

/** One review the actor can see (at its park's placement). */
export async function getTenantReview(deps: CoreDeps, actor: Actor, reviewId: string): Promise<TenantReview> {
  const review = await deps.tenantReviews.findById(reviewId, scopeFilterOf(actor));
  if (!review) throw tenantReviewNotFound(reviewId);
  return review;
}

/** Reviews in the actor's scope, newest first or in `filter.sort`'s order: a town's queue of applications to decide. */
export async function listTenantReviews(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly filter: TenantReviewFilter; readonly page: PageRequest },
): Promise<Page<TenantReview>> {
  return deps.tenantReviews.list(scopeFilterOf(actor), input.filter, input.page);
}

/** How many reviews the actor can see that match `filter`, up to `COUNT_CAP` (共 N 条 of the queue). */
export async function countTenantReviews(deps: CoreDeps, actor: Actor, input: { readonly filter: TenantReviewFilter }): Promise<ListCount> {
  return deps.tenantReviews.count(scopeFilterOf(actor), input.filter, COUNT_CAP);
}
