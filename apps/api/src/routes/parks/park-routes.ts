import {
  actOnTenantReview,
  applyTenantReview,
  countTenantReviews,
  getTenantReview,
  listParkTenants,
  listTenantReviews,
  recordTenantOutcome,
  summarizeUnitRisks,
} from '@safegrid/core';
import {
  ApplyTenantReviewBody,
  IdParams,
  ListCountResponse,
  ParkTenantsResponse,
  Problem,
  TenantOutcomeBody,
  TenantOutcomeResponse,
  TenantReviewActionBody,
  TenantReviewCountQuery,
  TenantReviewListQuery,
  TenantReviewPage,
  TenantReviewResponse,
} from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentUnit } from '../units/unit-presenter.js';
import { presentTenantOutcome, presentTenantReview } from './park-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function parkRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/units/:id/tenants', {
    config: { access: 'unit.read' },
    schema: {
      tags: ['parks'],
      summary: '厂中厂: the park’s tenants with their review state (flagged without an approved review) and outcome; pending applications',
      params: IdParams,
      response: { 200: ParkTenantsResponse, 404: Problem, 422: Problem },
    },
  }, async (request) => {
    const actor = requireActor(request);
    const view = await listParkTenants(deps, actor, request.params.id);
    const risks = await summarizeUnitRisks(deps, [view.park, ...view.tenants.map((tenant) => tenant.unit)]);
    return {
      park: presentUnit(view.park, risks.get(view.park.id), request.language),
      summary: { ...view.summary },
      tenants: view.tenants.map((tenant) => ({
        unit: presentUnit(tenant.unit, risks.get(tenant.unit.id), request.language),
        reviewState: tenant.reviewState,
        flagged: tenant.flagged,
        latestReview: tenant.latestReview && presentTenantReview(tenant.latestReview, actor),
        outcome: tenant.outcome && presentTenantOutcome(tenant.outcome),
      })),
      applications: view.applications.map((review) => presentTenantReview(review, actor)),
    };
  });

  app.post('/units/:id/tenant-reviews', {
    config: { access: 'tenant_review.apply' },
    schema: {
      tags: ['parks'],
      summary: '先审后租: the landlord (the park’s enterprise account) applies for a tenant review, for a newcomer or a registered tenant',
      params: IdParams,
      body: ApplyTenantReviewBody,
      response: { 201: TenantReviewResponse, ...errors },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { tenant, ...body } = request.body;
    const review = await applyTenantReview(deps, actor, {
      parkId: request.params.id, ...body,
      tenant: tenant && { ...tenant, creditCode: tenant.creditCode ?? null, dustKind: tenant.dustKind ?? null, employees: tenant.employees ?? null, floorArea: tenant.floorArea ?? null },
    });
    return reply.status(201).send(presentTenantReview(review, actor));
  });

  app.get('/tenant-reviews', {
    config: { access: 'tenant_review.read' },
    schema: { tags: ['parks'], summary: 'Tenant reviews in your scope, newest first or in the order of `sort` (a town’s queue)', querystring: TenantReviewListQuery, response: { 200: TenantReviewPage, 400: Problem } },
  }, async (request) => {
    const actor = requireActor(request);
    const { limit = 20, cursor, status, parkId, sort } = request.query;
    const page = await listTenantReviews(deps, actor, { filter: { statuses: status, parkId, sort }, page: { limit, cursor } });
    return { items: page.items.map((review) => presentTenantReview(review, actor)), nextCursor: page.nextCursor };
  });

  app.get('/tenant-reviews/count', {
    config: { access: 'tenant_review.read' },
    schema: {
      tags: ['parks'],
      summary: 'How many tenant reviews in your scope match the queue’s filters (共 N 条), counted up to 10,000',
      querystring: TenantReviewCountQuery,
      response: { 200: ListCountResponse, 400: Problem },
    },
  }, async (request) => {
    const { status, parkId } = request.query;
    return countTenantReviews(deps, requireActor(request), { filter: { statuses: status, parkId } });
  });

  app.get('/tenant-reviews/:id', {
    config: { access: 'tenant_review.read' },
    schema: { tags: ['parks'], summary: 'One tenant review', params: IdParams, response: { 200: TenantReviewResponse, 404: Problem } },
  }, async (request) => {
    const actor = requireActor(request);
    return presentTenantReview(await getTenantReview(deps, actor, request.params.id), actor);
  });

  app.post('/tenant-reviews/:id/actions', {
    config: { access: 'tenant_review.read' },
    schema: {
      tags: ['parks'],
      summary: 'approve or reject (town office; a reason to reject) or withdraw (applicant); approving a newcomer registers it under the park',
      description: 'Not yours to take → 403; not allowed in the current state → 409; approval without safety agreement or fire acceptance → 422.',
      params: IdParams,
      body: TenantReviewActionBody,
      response: { 200: TenantReviewResponse, ...errors },
    },
  }, async (request) => {
    const actor = requireActor(request);
    return presentTenantReview(await actOnTenantReview(deps, actor, { reviewId: request.params.id, ...request.body }), actor);
  });

  app.put('/units/:id/tenant-outcome', {
    config: { access: 'tenant_review.decide' },
    schema: {
      tags: ['parks'],
      summary: 'Record the outcome for a tenant: 关停取缔 (shut_down), 规范达标 (compliant), 更新改造 (upgraded); a later decision replaces it',
      params: IdParams,
      body: TenantOutcomeBody,
      response: { 200: TenantOutcomeResponse, ...errors },
    },
  }, async (request) => presentTenantOutcome(await recordTenantOutcome(deps, requireActor(request), { unitId: request.params.id, ...request.body })));
}
