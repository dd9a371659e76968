import { copyChecklist, createChecklist, getChecklist, listChecklists, listChecklistVersions, reviseChecklist } from '@safegrid/core';
import { ChecklistListQuery, ChecklistResponse, CopyChecklistBody, CreateChecklistBody, IdParams, Problem, ReviseChecklistBody } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentChecklist, presentChecklistView } from './checklist-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function checklistRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/checklists', {
    config: { access: 'checklist.read' },
    schema: {
      tags: ['checklists'],
      summary: 'Built-in and district checklists with their items; with unitId, only those usable on the unit and which items apply',
      querystring: ChecklistListQuery,
      response: { 200: Type.Array(ChecklistResponse), 400: Problem, 422: Problem },
    },
  }, async (request) => (await listChecklists(deps, requireActor(request), request.query)).map(presentChecklistView));

  app.get('/checklists/:id', {
    config: { access: 'checklist.read' },
    schema: { tags: ['checklists'], summary: 'One checklist version with all its items', params: IdParams, response: { 200: ChecklistResponse, 404: Problem } },
  }, async (request) => presentChecklist(await getChecklist(deps, requireActor(request), request.params.id)));

  app.get('/checklists/:id/versions', {
    config: { access: 'checklist.read' },
    schema: { tags: ['checklists'], summary: 'Every version of the checklist’s code, newest first', params: IdParams, response: { 200: Type.Array(ChecklistResponse), 404: Problem } },
  }, async (request) => (await listChecklistVersions(deps, requireActor(request), request.params.id)).map((template) => presentChecklist(template)));

  app.post('/checklists', {
    config: { access: 'checklist.manage' },
    schema: {
      tags: ['checklists'],
      summary: 'Create a district checklist from nothing: version 1 of a new code (district office)',
      description: 'Every item needs its finding (the problem a failure means), which titles the hazards raised from it.',
      body: CreateChecklistBody,
      response: { 201: ChecklistResponse, ...errors },
    },
  }, async (request, reply) => {
    const created = await createChecklist(deps, requireActor(request), request.body);
    return reply.status(201).send(presentChecklist(created));
  });

  app.post('/checklists/:id/copy', {
    config: { access: 'checklist.manage' },
    schema: {
      tags: ['checklists'],
      summary: 'Copy a checklist into version 1 of a district template (district office)',
      params: IdParams,
      body: CopyChecklistBody,
      response: { 201: ChecklistResponse, ...errors },
    },
  }, async (request, reply) => {
    const copy = await copyChecklist(deps, requireActor(request), { checklistId: request.params.id, ...request.body });
    return reply.status(201).send(presentChecklist(copy));
  });

  app.put('/checklists/:id', {
    config: { access: 'checklist.manage' },
    schema: {
      tags: ['checklists'],
      summary: 'Edit a district template: writes the next version and supersedes this one (inspections keep theirs)',
      description: 'Built-in templates are copied, not edited (422). Editing a superseded version is a conflict (409).',
      params: IdParams,
      body: ReviseChecklistBody,
      response: { 201: ChecklistResponse, ...errors },
    },
  }, async (request, reply) => {
    const next = await reviseChecklist(deps, requireActor(request), { checklistId: request.params.id, ...request.body });
    return reply.status(201).send(presentChecklist(next));
  });
}
