import { answerInspection, cancelInspection, countInspections, finishInspection, getInspection, listInspections, startInspectionOnce } from '@safegrid/core';
import {
  AnswerInspectionBody,
  FinishInspectionBody,
  FinishInspectionResponse,
  IdParams,
  InspectionCountQuery,
  InspectionListQuery,
  InspectionPage,
  InspectionResponse,
  ListCountResponse,
  Problem,
  StartInspectionBody,
} from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentInspection } from './inspection-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

// A phone syncing its outbox sends each step with a key of its own: a retry after a lost answer
// returns the first result (ADR 0094).
const RetryHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: 'A retry of the same request with the same key returns the first result' })),
});

export async function inspectionRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.post('/inspections', {
    config: { access: 'inspection.conduct' },
    schema: {
      tags: ['inspections'],
      summary: 'Start an inspection on site: records the distance to the unit (a far start needs farReason) and fixes the checklist version and items',
      headers: RetryHeaders,
      body: StartInspectionBody,
      response: { 201: InspectionResponse, 200: InspectionResponse, ...errors },
    },
  }, async (request, reply) => {
    const { location, ...body } = request.body;
    const retry = retryOf(deps, request.headers['idempotency-key'], request.body);
    const result = await startInspectionOnce(deps, requireActor(request), { ...body, location: { ...location, crs: location.crs ?? 'wgs84' }, ...retry });
    return reply.status(result.created ? 201 : 200).send(presentInspection(result.inspection));
  });

  app.get('/inspections', {
    config: { access: 'inspection.read' },
    schema: { tags: ['inspections'], summary: 'Inspections in your scope, newest first unless `sort` says otherwise', querystring: InspectionListQuery, response: { 200: InspectionPage, 400: Problem } },
  }, async (request) => {
    const { limit = 20, cursor, status, kind, ...rest } = request.query;
    const page = await listInspections(deps, requireActor(request), { filter: { ...rest, statuses: status, kinds: kind }, page: { limit, cursor } });
    return { items: page.items.map(presentInspection), nextCursor: page.nextCursor };
  });

  app.get('/inspections/count', {
    config: { access: 'inspection.read' },
    schema: {
      tags: ['inspections'],
      summary: 'How many inspections in your scope match the list filters (共 N 条), counted up to 10,000',
      querystring: InspectionCountQuery,
      response: { 200: ListCountResponse, 400: Problem },
    },
  }, async (request) => {
    const { status, kind, ...rest } = request.query;
    return countInspections(deps, requireActor(request), { filter: { ...rest, statuses: status, kinds: kind } });
  });

  app.get('/inspections/:id', {
    config: { access: 'inspection.read' },
    schema: { tags: ['inspections'], summary: 'One inspection with its answers and the hazards it produced', params: IdParams, response: { 200: InspectionResponse, 404: Problem } },
  }, async (request) => presentInspection(await getInspection(deps, requireActor(request), request.params.id)));

  app.post('/inspections/:id/answers', {
    config: { access: 'inspection.conduct' },
    schema: {
      tags: ['inspections'],
      summary: 'Record answers (pass, fail, na) with notes, photos and 立查立改 evidence; answering an item again replaces its answer',
      params: IdParams,
      body: AnswerInspectionBody,
      response: { 200: InspectionResponse, ...errors },
    },
  }, async (request) => {
    const inspection = await answerInspection(deps, requireActor(request), { inspectionId: request.params.id, ...request.body });
    return presentInspection(inspection);
  });

  app.post('/inspections/:id/finish', {
    config: { access: 'inspection.conduct' },
    schema: {
      tags: ['inspections'],
      summary: 'Finish with the unit’s signature: each failed item becomes a hazard in the same transaction (returned as hazardIds)',
      description: 'signature is the photo id of the signature image, uploaded through POST /photos first. Every applicable item must be answered.',
      params: IdParams,
      headers: RetryHeaders,
      body: FinishInspectionBody,
      response: { 200: FinishInspectionResponse, ...errors },
    },
  }, async (request) => {
    const { signature, ...body } = request.body;
    const retry = retryOf(deps, request.headers['idempotency-key'], { id: request.params.id, ...request.body });
    const result = await finishInspection(deps, requireActor(request), { inspectionId: request.params.id, ...body, signaturePhotoId: signature, ...retry });
    return { inspection: presentInspection(result.inspection), hazardIds: [...result.hazardIds] };
  });

  app.post('/inspections/:id/cancel', {
    config: { access: 'inspection.conduct' },
    schema: { tags: ['inspections'], summary: 'Abandon an inspection in progress', params: IdParams, response: { 200: InspectionResponse, ...errors } },
  }, async (request) => presentInspection(await cancelInspection(deps, requireActor(request), { inspectionId: request.params.id })));
}

/** The retry key and the hash of what it asks (the inspection's id included), for the idempotency store. */
function retryOf(deps: SafeGridApp['services']['deps'], idempotencyKey: string | undefined, request: unknown): { idempotencyKey?: string; requestHash?: string } {
  if (!idempotencyKey) return {};
  return { idempotencyKey, requestHash: deps.hasher.sha256(new TextEncoder().encode(JSON.stringify(request))) };
}
