import { getHazardSupervision, listCalendarDays, listSupervisions, setCalendarDays, superviseHazard, unsuperviseHazard, urgeHazard, type HazardSupervision } from '@safegrid/core';
import {
  CalendarDaysQuery,
  CalendarDaysResponse,
  HazardSupervisionResponse,
  IdParams,
  Problem,
  SetCalendarDaysBody,
  SetCalendarDaysResponse,
  SuperviseHazardBody,
  SupervisionListQuery,
  SupervisionPage,
  SupervisionResponse,
  UrgeHazardBody,
  HazardEventResponse,
  type SupervisionResponse as SupervisionWire,
} from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentHazard, presentHazardEvent } from '../hazards/hazard-presenter.js';

function presentSupervision(supervision: HazardSupervision): SupervisionWire {
  const { districtCode: _districtCode, ...wire } = supervision;
  return wire;
}

/** The working-day calendar, manual 催办 and 挂牌督办 (ADR 0063). */
export async function calendarRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/calendar/days', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['calendar'],
      summary: 'Days of the caller’s district working calendar (工作日历) from `from` to `to` (at most about a year): working or not, name, and whether it comes from the weekday rule, the national list or the district',
      querystring: CalendarDaysQuery,
      response: { 200: CalendarDaysResponse, 400: Problem, 422: Problem },
    },
  }, async (request) => ({ items: await listCalendarDays(deps, requireActor(request), request.query) }));

  app.put('/calendar/days', {
    config: { access: 'calendar.manage' },
    schema: {
      tags: ['calendar'],
      summary: 'Set or clear days of the district’s own calendar (district office): next year’s official list before the data package has it, or local exceptions. Existing deadlines keep their dates',
      body: SetCalendarDaysBody,
      response: { 200: SetCalendarDaysResponse, 400: Problem, 403: Problem, 422: Problem },
    },
  }, async (request) => ({ changed: await setCalendarDays(deps, requireActor(request), request.body.days) }));

  app.post('/hazards/:id/urge', {
    config: { access: 'hazard.act' },
    schema: {
      tags: ['hazards'],
      summary: 'Manual 催办 with a note on an open hazard in scope (district and department users); written to the timeline',
      params: IdParams,
      body: UrgeHazardBody,
      response: { 201: HazardEventResponse, 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem },
    },
  }, async (request, reply) => reply.code(201).send(presentHazardEvent(await urgeHazard(deps, requireActor(request), { hazardId: request.params.id, note: request.body.note }))));

  app.get('/hazards/:id/supervision', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['supervision'],
      summary: 'The 挂牌督办 of a hazard in scope (listed or delisted), or null',
      params: IdParams,
      response: { 200: HazardSupervisionResponse, 404: Problem },
    },
  }, async (request) => {
    const supervision = await getHazardSupervision(deps, requireActor(request), request.params.id);
    return { supervision: supervision && presentSupervision(supervision) };
  });

  app.put('/hazards/:id/supervision', {
    config: { access: 'supervision.manage' },
    schema: {
      tags: ['supervision'],
      summary: '挂牌督办: the district office lists an open major hazard with the supervising department and the required completion date',
      params: IdParams,
      body: SuperviseHazardBody,
      response: { 201: SupervisionResponse, 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem },
    },
  }, async (request, reply) => reply.code(201).send(presentSupervision(await superviseHazard(deps, requireActor(request), { hazardId: request.params.id, ...request.body }))));

  app.delete('/hazards/:id/supervision', {
    config: { access: 'supervision.manage' },
    schema: {
      tags: ['supervision'],
      summary: '摘牌: the district office delists a supervised hazard once it is closed',
      params: IdParams,
      response: { 200: SupervisionResponse, 403: Problem, 404: Problem, 409: Problem },
    },
  }, async (request) => presentSupervision(await unsuperviseHazard(deps, requireActor(request), request.params.id)));

  app.get('/supervisions', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['supervision'],
      summary: '督办 list: hazards listed for supervision in the caller’s scope (the district all, a town its own), newest first',
      querystring: SupervisionListQuery,
      response: { 200: SupervisionPage, 400: Problem },
    },
  }, async (request) => {
    const { active, regionCode, limit, cursor } = request.query;
    const page = await listSupervisions(deps, requireActor(request), { active, regionCode }, { limit: limit ?? 20, cursor });
    return { items: page.items.map((item) => ({ supervision: presentSupervision(item.supervision), hazard: presentHazard(item.hazard) })), nextCursor: page.nextCursor };
  });
}
