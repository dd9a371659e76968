import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { checkBatchIds, rememberBatch, replayedBatch, runBatchItems, type BatchRetryKey } from '../batches/batch.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { actOnTenantReviewRecord } from './act-on-tenant-review.js';
import { tenantReviewNotFound } from './park-errors.js';
import type { TenantReview } from './tenant-review.js';

/** 批量审核: the same decision on several waiting tenant reviews; rejecting needs one reason for all. */
export interface BatchDecideTenantReviewsInput extends BatchRetryKey {
  readonly reviewIds: readonly string[];
  readonly action: 'approve' | 'reject';
  readonly reason?: string | undefined;
}

export interface BatchDecideTenantReviewsResult {
  readonly reviews: readonly TenantReview[];
  /** False when an earlier request with the same retry key did the work. */
  readonly done: boolean;
}

/**
 * Decides every review of the batch through the single decision (`actOnTenantReviewRecord`) in the
 * caller's transaction: the same role, scope, state, self-decision and lease-condition rules, and an
 * approved newcomer registered as a unit. One refusal refuses the batch, naming each review (ADR 0092).
 */
export async function batchDecideTenantReviewsRecord(stores: Stores, context: WriteContext, input: BatchDecideTenantReviewsInput): Promise<BatchDecideTenantReviewsResult> {
  checkInput(input);
  const { actor, deps } = context;
  if (await replayedBatch(stores, actor, input)) {
    const reviews = await Promise.all(input.reviewIds.map(async (reviewId) => {
      const review = await stores.tenantReviews.findById(reviewId, scopeFilterOf(actor));
      if (!review) throw tenantReviewNotFound(reviewId);
      return review;
    }));
    return { reviews, done: false };
  }
  const reviews = await runBatchItems(input.reviewIds, 'reviewIds', (reviewId) =>
    actOnTenantReviewRecord(stores, context, { reviewId, action: input.action, reason: input.reason }));
  await rememberBatch(stores, actor, input, deps.ids.newId(), context.now);
  return { reviews, done: true };
}

/** 批量审核 in one transaction: all decided or none. */
export async function batchDecideTenantReviews(deps: CoreDeps, actor: Actor, input: BatchDecideTenantReviewsInput): Promise<BatchDecideTenantReviewsResult> {
  checkInput(input);
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => batchDecideTenantReviewsRecord(stores, context, input));
}

/** The reason is checked once for the batch rather than once per review. */
function checkInput(input: BatchDecideTenantReviewsInput): void {
  checkBatchIds(input.reviewIds, 'reviewIds');
  if (input.action === 'reject' && !input.reason?.trim()) throw invalidInput([{ path: '/reason', code: 'required' }]);
}
