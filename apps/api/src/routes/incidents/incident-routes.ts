import { actOnIncident, getIncident, incidentView, listDutyIncidents, listIncidents, recordIncident, type Actor, type IncidentAction } from '@safegrid/core';
import {
  CloseIncidentBody,
  FollowUpIncidentBody,
  IdParams,
  IncidentDetailResponse,
  IncidentListQuery,
  IncidentPage,
  IncidentResponse,
  Problem,
  RecordIncidentBody,
  ReportIncidentStepBody,
  SetIncidentGradeBody,
} from '@safegrid/contracts';
import { Type, type TSchema } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentIncident, presentIncidentVersion } from './incident-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** 事故信息报送 (ADR 0076): transport only; rules live in core's incidents. */
export async function incidentRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const townNames = async (actor: Actor) => deps.regions.regionNames(actor.districtCode);
  const detail = async (actor: Actor, id: string) => {
    const view = await getIncident(deps, actor, id);
    return { incident: presentIncident(view, await townNames(actor)), versions: view.versions.map(presentIncidentVersion) };
  };

  app.post('/incidents', {
    config: { access: 'incident.report' },
    schema: {
      tags: ['incidents'],
      summary: 'Record an accident (首报): facts of 国务院令第493号 Art. 12; the grade is computed from deaths (missing included), serious injuries and direct loss',
      body: RecordIncidentBody,
      response: { 201: IncidentResponse, ...errors },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const incident = await recordIncident(deps, actor, request.body);
    return reply.status(201).send(presentIncident(incidentView(incident, deps.clock.now()), await townNames(actor)));
  });

  app.get('/incidents', {
    config: { access: 'incident.read' },
    schema: { tags: ['incidents'], summary: 'Incidents you can see, newest first', querystring: IncidentListQuery, response: { 200: IncidentPage, 400: Problem, 403: Problem } },
  }, async (request) => {
    const actor = requireActor(request);
    const { status, limit = 20, cursor } = request.query;
    const page = await listIncidents(deps, actor, status ? { status } : {}, { limit, cursor });
    const names = await townNames(actor);
    return { items: page.items.map((view) => presentIncident(view, names)), nextCursor: page.nextCursor };
  });

  app.get('/incidents/duty', {
    config: { access: 'incident.read' },
    schema: { tags: ['incidents'], summary: 'The duty officer’s list: open incidents, late first, then due soon', response: { 200: Type.Array(IncidentResponse), 403: Problem } },
  }, async (request) => {
    const actor = requireActor(request);
    const names = await townNames(actor);
    return (await listDutyIncidents(deps, actor)).map((view) => presentIncident(view, names));
  });

  app.get('/incidents/:id', {
    config: { access: 'incident.read' },
    schema: { tags: ['incidents'], summary: 'One incident with its countdown and every version', params: IdParams, response: { 200: IncidentDetailResponse, 403: Problem, 404: Problem } },
  }, async (request) => detail(requireActor(request), request.params.id));

  const act = async (actor: Actor, id: string, action: IncidentAction) => {
    await actOnIncident(deps, actor, id, action);
    return detail(actor, id);
  };
  const actionSchema = <B extends TSchema>(summary: string, body: B) => ({ tags: ['incidents'], summary, params: IdParams, body, response: { 200: IncidentDetailResponse, ...errors } });

  app.post('/incidents/:id/follow-ups', {
    config: { access: 'incident.report' },
    schema: actionSchema('续报: changed facts and a note, kept as a new version', FollowUpIncidentBody),
  }, async (request) => act(requireActor(request), request.params.id, { action: 'follow_up', input: request.body }));

  app.post('/incidents/:id/grade', {
    config: { access: 'incident.report' },
    schema: actionSchema('Set the grade by hand, with a reason (none needed to return to the computed grade)', SetIncidentGradeBody),
  }, async (request) => act(requireActor(request), request.params.id, { action: 'set_grade', ...request.body }));

  app.post('/incidents/:id/steps', {
    config: { access: 'incident.report' },
    schema: actionSchema('Record an upward reporting step (a late one becomes 迟报)', ReportIncidentStepBody),
  }, async (request) => act(requireActor(request), request.params.id, { action: 'report_step', ...request.body }));

  app.post('/incidents/:id/close', {
    config: { access: 'incident.report' },
    schema: actionSchema('核报/结案: needs every step the grade requires', CloseIncidentBody),
  }, async (request) => act(requireActor(request), request.params.id, { action: 'close', note: request.body.note }));
}
