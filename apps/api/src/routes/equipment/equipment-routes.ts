import { getEquipment, listEquipment, registerEquipment, updateEquipment, type EquipmentView } from '@safegrid/core';
import {
  EquipmentListQuery, EquipmentPage, EquipmentResponse, IdParams, Problem, RegisterEquipmentBody, UpdateEquipmentBody,
  type EquipmentResponse as EquipmentWire,
} from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

export function presentEquipment(equipment: EquipmentView): EquipmentWire {
  const { districtCode: _districtCode, ...wire } = equipment;
  return wire;
}

/** 设备台账 (ADR 0086): elevators of units, per unit and district-wide with the inspection filter. */
export async function equipmentRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/equipment', {
    config: { access: 'unit.read' },
    schema: {
      tags: ['units'],
      summary: 'Equipment (特种设备: elevators, boilers, pressure vessels, cranes, forklifts) of units in the caller’s scope: one unit’s (`unitId`) or all, one `kind`; `inspection=due` (next periodic inspection within 30 days) or `overdue`',
      querystring: EquipmentListQuery,
      response: { 200: EquipmentPage, 400: Problem },
    },
  }, async (request) => {
    const { unitId, kind, inspection, limit, cursor } = request.query;
    const page = await listEquipment(deps, requireActor(request), { unitId, kind, inspection }, { limit: limit ?? 20, cursor });
    return { items: page.items.map(presentEquipment), nextCursor: page.nextCursor };
  });

  app.get('/equipment/:id', {
    config: { access: 'unit.read' },
    schema: { tags: ['units'], summary: 'One piece of equipment in scope', params: IdParams, response: { 200: EquipmentResponse, 404: Problem } },
  }, async (request) => presentEquipment(await getEquipment(deps, requireActor(request), request.params.id)));

  app.post('/units/:id/equipment', {
    config: { access: 'unit.update' },
    schema: {
      tags: ['units'],
      summary: 'Register equipment (an elevator) on a unit in scope; audited',
      params: IdParams,
      body: RegisterEquipmentBody,
      response: { 201: EquipmentResponse, 400: Problem, 403: Problem, 404: Problem, 422: Problem },
    },
  }, async (request, reply) => reply.code(201).send(presentEquipment(await registerEquipment(deps, requireActor(request), request.params.id, request.body))));

  app.put('/equipment/:id', {
    config: { access: 'unit.update' },
    schema: {
      tags: ['units'],
      summary: 'Replace the fields of equipment in scope (e.g. after a periodic inspection); `version` must be current; audited',
      params: IdParams,
      body: UpdateEquipmentBody,
      response: { 200: EquipmentResponse, 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem },
    },
  }, async (request) => {
    const { version, ...input } = request.body;
    return presentEquipment(await updateEquipment(deps, requireActor(request), request.params.id, version, input));
  });
}
