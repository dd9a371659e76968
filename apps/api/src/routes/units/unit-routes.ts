import { countUnits, createUnit, getUnit, listUnitChanges, listUnits, summarizeUnitRisks, updateUnit, type Unit } from '@safegrid/core';
import { CreateUnitBody, IdParams, ListCountResponse, Problem, UnitChangeResponse, UnitCountQuery, UnitListQuery, UnitPage, UnitResponse, UpdateUnitBody, type Language } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentUnit, presentUnitChange } from './unit-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function unitRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const present = async (units: readonly Unit[], language: Language) => {
    const risks = await summarizeUnitRisks(deps, units);
    return units.map((unit) => presentUnit(unit, risks.get(unit.id), language));
  };
  const presentOne = async (unit: Unit, language: Language) => (await present([unit], language))[0] as UnitResponse;

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
    return reply.status(201).send(await presentOne(unit, request.language));
  });

  app.get('/units', {
    config: { access: 'unit.read' },
    schema: {
      tags: ['units'],
      summary: 'Units in your scope, filtered (also by risk level in effect); Chinese text search on name and address',
      querystring: UnitListQuery,
      response: { 200: UnitPage, 400: Problem },
    },
  }, async (request) => {
    const { limit = 20, cursor, kind, sector, tag, status, riskLevel, q, ...rest } = request.query;
    const page = await listUnits(deps, requireActor(request), {
      filter: { ...rest, kinds: kind, sectors: sector, tags: tag, statuses: status, riskLevels: riskLevel, text: q },
      page: { limit, cursor },
    });
    return { items: await present(page.items, request.language), nextCursor: page.nextCursor };
  });

  app.get('/units/count', {
    config: { access: 'unit.read' },
    schema: {
      tags: ['units'],
      summary: 'How many units in your scope match the list filters (共 N 条), counted up to 10,000',
      querystring: UnitCountQuery,
      response: { 200: ListCountResponse, 400: Problem },
    },
  }, async (request) => {
    const { kind, sector, tag, status, riskLevel, q, ...rest } = request.query;
    return countUnits(deps, requireActor(request), {
      filter: { ...rest, kinds: kind, sectors: sector, tags: tag, statuses: status, riskLevels: riskLevel, text: q },
    });
  });

  app.get('/units/:id', {
    config: { access: 'unit.read' },
    schema: { tags: ['units'], summary: 'One unit', params: IdParams, response: { 200: UnitResponse, 404: Problem } },
  }, async (request) => presentOne(await getUnit(deps, requireActor(request), request.params.id), request.language));

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
    return presentOne(unit, request.language);
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
