import { batchAssignHazards, batchDecideTenantReviews } from '@safegrid/core';
import {
  BatchAssignHazardsBody,
  BatchAssignHazardsResponse,
  BatchDecideTenantReviewsBody,
  BatchDecideTenantReviewsResponse,
  Problem,
} from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentHazard } from '../hazards/hazard-presenter.js';
import { presentTenantReview } from '../parks/park-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

const BatchHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: 'A retry of the same batch with the same key answers with the items as the first request left them, doing nothing again' })),
});

const REFUSAL = 'All or none: when any item cannot be processed, nothing is changed and the 422 problem `batch.refused` lists each offending item (`errors[].path` = `/…Ids/{index}`, its message naming the id and the reason).';

/** Batch actions of the lists (issue 16, ADR 0092): the single action's use case, for 1–100 rows at once. */
export async function batchRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const retryKeyOf = (key: string | undefined, body: unknown) => ({
    idempotencyKey: key,
    requestHash: key ? deps.hasher.sha256(new TextEncoder().encode(JSON.stringify(body))) : undefined,
  });

  app.post('/hazards/batch-assign', {
    config: { access: 'hazard.act' },
    schema: {
      tags: ['hazards'],
      summary: '批量交办: assign up to 100 hazards to one 整改责任人 with one deadline, as single 交办 each',
      description: REFUSAL,
      headers: BatchHeaders,
      body: BatchAssignHazardsBody,
      response: { 200: BatchAssignHazardsResponse, ...errors },
    },
  }, async (request) => {
    const result = await batchAssignHazards(deps, requireActor(request), { ...request.body, ...retryKeyOf(request.headers['idempotency-key'], request.body) });
    return { items: result.hazards.map(presentHazard) };
  });

  app.post('/tenant-reviews/batch-decide', {
    config: { access: 'tenant_review.decide' },
    schema: {
      tags: ['parks'],
      summary: '批量审核: approve or reject up to 100 waiting 厂中厂 tenant reviews (a reason to reject), as single decisions each',
      description: REFUSAL,
      headers: BatchHeaders,
      body: BatchDecideTenantReviewsBody,
      response: { 200: BatchDecideTenantReviewsResponse, ...errors },
    },
  }, async (request) => {
    const actor = requireActor(request);
    const result = await batchDecideTenantReviews(deps, actor, { ...request.body, ...retryKeyOf(request.headers['idempotency-key'], request.body) });
    return { items: result.reviews.map((review) => presentTenantReview(review, actor)) };
  });
}
