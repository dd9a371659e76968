import { acknowledgeWarning, changeWarning, getWarning, issueWarning, isWarningInForce, listWarnings, myWarnings, type Warning } from '@safegrid/core';
import { ChangeWarningBody, IdParams, IssueWarningBody, MyWarningsResponse, Problem, WarningDetailResponse, WarningResponse } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

function presentWarning(warning: Warning, inForce: boolean, acknowledged: number, total: number): WarningResponse {
  const { districtCode: _district, issuedBy: _by, version: _version, ...rest } = warning;
  return {
    ...rest, townCodes: [...warning.townCodes], events: warning.events.map((event) => ({ ...event })), inForce, acknowledged, total,
    addressees: { ...warning.addressees, departments: [...warning.addressees.departments], enterpriseTags: [...warning.addressees.enterpriseTags], enterpriseSectors: [...warning.addressees.enterpriseSectors] },
  };
}

/** 预警 (ADR 0077): transport only; rules live in core's warnings. Delivery through the channels is the seam in duty-notices.ts. */
export async function warningRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const detail = async (request: Parameters<typeof requireActor>[0], id: string) => {
    const actor = requireActor(request);
    const view = await getWarning(deps, actor, id);
    const names = await deps.regions.regionNames(actor.districtCode);
    return {
      warning: presentWarning(view.warning, view.inForce, view.acknowledged, view.total),
      byTown: view.byTown.map((town) => ({ ...town, townName: town.townCode ? (names.get(town.townCode) ?? town.townCode) : (names.get(actor.districtCode) ?? actor.districtCode) })),
      recipients: view.recipients.map((recipient) => ({ displayName: recipient.displayName, role: recipient.role, townCode: recipient.townCode, acknowledgedAt: recipient.acknowledgedAt })),
    };
  };

  app.post('/warnings', {
    config: { access: 'warning.issue' },
    schema: { tags: ['warnings'], summary: 'Issue a warning (预警) to the chosen addressees of an area', body: IssueWarningBody, response: { 201: WarningDetailResponse, ...errors } },
  }, async (request, reply) => {
    const warning = await issueWarning(deps, requireActor(request), request.body);
    return reply.status(201).send(await detail(request, warning.id));
  });

  app.get('/warnings', {
    config: { access: 'warning.issue' },
    schema: { tags: ['warnings'], summary: 'The district’s warnings with how many addressees acknowledged', response: { 200: Type.Array(WarningResponse), 403: Problem } },
  }, async (request) => (await listWarnings(deps, requireActor(request))).map((item) => presentWarning(item.warning, item.inForce, item.acknowledged, item.total)));

  app.get('/warnings/mine', {
    config: { access: 'authenticated' },
    schema: { tags: ['warnings'], summary: 'Warnings in force addressed to you, with your 签收', response: { 200: MyWarningsResponse } },
  }, async (request) => {
    const now = deps.clock.now();
    return (await myWarnings(deps, requireActor(request))).map((item) => ({ warning: presentWarning(item.warning, isWarningInForce(item.warning, now), 0, 0), acknowledgedAt: item.acknowledgedAt }));
  });

  app.get('/warnings/:id', {
    config: { access: 'warning.issue' },
    schema: { tags: ['warnings'], summary: 'One warning: who has and has not acknowledged, by town', params: IdParams, response: { 200: WarningDetailResponse, 403: Problem, 404: Problem } },
  }, async (request) => detail(request, request.params.id));

  app.post('/warnings/:id/changes', {
    config: { access: 'warning.issue' },
    schema: { tags: ['warnings'], summary: 'Lift (解除), upgrade, or remind those who have not acknowledged (once)', params: IdParams, body: ChangeWarningBody, response: { 200: WarningDetailResponse, ...errors } },
  }, async (request) => {
    await changeWarning(deps, requireActor(request), request.params.id, request.body);
    return detail(request, request.params.id);
  });

  app.post('/warnings/:id/acknowledge', {
    config: { access: 'authenticated' },
    schema: { tags: ['warnings'], summary: '签收 by an addressee, once', params: IdParams, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    await acknowledgeWarning(deps, requireActor(request), request.params.id);
    return reply.status(204).send(null);
  });
}
