import { createUnit, getUnit, listUnitChanges, listUnits, updateUnit } from '@safegrid/core';
import { CreateUnitBody, IdParams, Problem, UnitChangeResponse, UnitListQuery, UnitPage, UnitResponse, UpdateUnitBody } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentUnit, presentUnitChange } from './unit-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function unitRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.post('/units', {
    config: { access: 'unit.create' },
    schema: {
      tags: ['units'],
      summary: 'Register a unit (建档); its grid is derived from the location',
      body: CreateUnitBody,
      response: { 201: UnitResponse, ...errors },
    },
  }, async (request, reply) => {
    const unit = await createUnit(deps, requireActor(request), request.body);
    return reply.status(201).send(presentUnit(unit));
  });

  app.get('/units', {
    config: { access: 'unit.read' },
    schema: {
      tags: ['units'],
      summary: 'Units in your scope, filtered; Chinese text search on name and address',
      querystring: UnitListQuery,
      response: { 200: UnitPage, 400: Problem },
    },
  }, async (request) => {
    const { limit = 20, cursor, kind, sector, tag, status, q, ...rest } = request.query;
    const page = await listUnits(deps, requireActor(request), {
      filter: { ...rest, kinds: kind, sectors: sector, tags: tag, statuses: status, text: q },
      page: { limit, cursor },
    });
    return { items: page.items.map(presentUnit), nextCursor: page.nextCursor };
  });

  app.get('/units/:id', {
    config: { access: 'unit.read' },
    schema: { tags: ['units'], summary: 'One unit', params: IdParams, response: { 200: UnitResponse, 404: Problem } },
  }, async (request) => presentUnit(await getUnit(deps, requireActor(request), request.params.id)));

  app.patch('/units/:id', {
    config: { access: 'unit.update' },
    schema: {
      tags: ['units'],
      summary: 'Change a unit; the change is kept in its history',
      params: IdParams,
      body: UpdateUnitBody,
      response: { 200: UnitResponse, ...errors },
    },
  }, async (request) => {
    const { expectedVersion, ...changes } = request.body;
    const unit = await updateUnit(deps, requireActor(request), { unitId: request.params.id, expectedVersion, changes });
    return presentUnit(unit);
  });

  app.get('/units/:id/changes', {
    config: { access: 'unit.read' },
    schema: {
      tags: ['units'],
      summary: 'The change history of a unit, oldest first',
      params: IdParams,
      response: { 200: Type.Array(UnitChangeResponse), 404: Problem },
    },
  }, async (request) => (await listUnitChanges(deps, requireActor(request), request.params.id)).map(presentUnitChange));
}
