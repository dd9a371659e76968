import { actOnHazard, countHazards, getHazard, listHazardEvents, listHazards, reportHazard } from '@safegrid/core';
import { HazardActionBody, HazardCountQuery, HazardEventResponse, HazardListQuery, HazardPage, ListCountResponse, HazardResponse, IdParams, Problem, ReportHazardBody } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentHazard, presentHazardEvent } from './hazard-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

const ReportHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: 'A retry of the same report with the same key returns the first result' })),
});

export async function hazardRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.post('/hazards', {
    config: { access: 'hazard.report' },
    schema: {
      tags: ['hazards'],
      summary: 'Report a hazard from any source; it starts 待核实 (reported), or closes at once when fixed on the spot',
      headers: ReportHeaders,
      body: ReportHazardBody,
      response: { 201: HazardResponse, 200: HazardResponse, ...errors },
    },
  }, async (request, reply) => {
    const { location, ...body } = request.body;
    const idempotencyKey = request.headers['idempotency-key'];
    const requestHash = idempotencyKey ? deps.hasher.sha256(new TextEncoder().encode(JSON.stringify(request.body))) : undefined;
    const result = await reportHazard(deps, requireActor(request), {
      ...body,
      location: location && { ...location, crs: location.crs ?? 'wgs84' },
      idempotencyKey,
      requestHash,
    });
    return reply.status(result.created ? 201 : 200).send(presentHazard(result.hazard));
  });

  app.get('/hazards', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['hazards'],
      summary: 'Hazards in your scope, newest first or in the order asked (sort), with cursor pagination that stays correct while rows are added',
      querystring: HazardListQuery,
      response: { 200: HazardPage, 400: Problem },
    },
  }, async (request) => {
    const { limit = 20, cursor, status, level, source, category, sector, q, ...rest } = request.query;
    const page = await listHazards(deps, requireActor(request), {
      filter: { ...rest, statuses: status, levels: level, sources: source, categories: category, sectors: sector, text: q },
      page: { limit, cursor },
    });
    // The list shows each hazard's unit by name (issue 16): one lookup per page, by district.
    const names = new Map<string, string>();
    const unitIds = new Map<string, Set<string>>();
    for (const hazard of page.items) {
      if (hazard.unitId !== null) unitIds.set(hazard.districtCode, (unitIds.get(hazard.districtCode) ?? new Set()).add(hazard.unitId));
    }
    for (const [districtCode, ids] of unitIds) {
      for (const [id, name] of await deps.units.namesOf(districtCode, [...ids])) names.set(id, name);
    }
    return {
      items: page.items.map((hazard) => ({ ...presentHazard(hazard), unitName: hazard.unitId === null ? null : (names.get(hazard.unitId) ?? null) })),
      nextCursor: page.nextCursor,
    };
  });

  app.get('/hazards/count', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['hazards'],
      summary: 'How many hazards in your scope match the list filters (共 N 条), counted up to 10,000',
      querystring: HazardCountQuery,
      response: { 200: ListCountResponse, 400: Problem },
    },
  }, async (request) => {
    const { status, level, source, category, sector, q, ...rest } = request.query;
    return countHazards(deps, requireActor(request), {
      filter: { ...rest, statuses: status, levels: level, sources: source, categories: category, sectors: sector, text: q },
    });
  });

  app.get('/hazards/:id', {
    config: { access: 'hazard.read' },
    schema: { tags: ['hazards'], summary: 'One hazard with its derived overdue state and the actions you may take', params: IdParams, response: { 200: HazardResponse, 404: Problem } },
  }, async (request) => presentHazard(await getHazard(deps, requireActor(request), request.params.id)));

  app.get('/hazards/:id/events', {
    config: { access: 'hazard.read' },
    schema: { tags: ['hazards'], summary: 'The hazard’s timeline: who did what, when, with notes and evidence', params: IdParams, response: { 200: Type.Array(HazardEventResponse), 404: Problem } },
  }, async (request) => (await listHazardEvents(deps, requireActor(request), request.params.id)).map(presentHazardEvent));

  app.post('/hazards/:id/actions', {
    config: { access: 'hazard.act' },
    schema: {
      tags: ['hazards'],
      summary: 'Take a lifecycle action: assign, submit, close, dismiss, return, extend, reassign',
      description: 'Not allowed in the current state → 409; not allowed to you → 403; neither changes anything.',
      params: IdParams,
      body: HazardActionBody,
      response: { 200: HazardResponse, ...errors },
    },
  }, async (request) => {
    const { expectedVersion, ...action } = request.body;
    const hazard = await actOnHazard(deps, requireActor(request), { hazardId: request.params.id, expectedVersion, action });
    return presentHazard(hazard);
  });
}
