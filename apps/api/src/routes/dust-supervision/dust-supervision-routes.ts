import { dustSupervisionSummary, getDustSupervision, setDustSupervision, type DustSupervision } from '@safegrid/core';
import { DustSupervisionOfUnit, DustSupervisionResponse, DustSupervisionSummary, IdParams, Problem, SetDustSupervisionBody, type DustSupervisionResponse as Wire } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

function presentDustSupervision(record: DustSupervision): Wire {
  const { districtCode: _districtCode, updatedBy: _updatedBy, ...wire } = record;
  return wire;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/** 涉粉企业常态监管 (ADR 0086): per unit, and the figures by town with the units still without. */
export async function dustSupervisionRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/units/:id/dust-supervision', {
    config: { access: 'unit.read' },
    schema: { tags: ['units'], summary: 'A dust unit’s 安全专员 and 除尘系统改造 state (null when not yet recorded)', params: IdParams, response: { 200: DustSupervisionOfUnit, 404: Problem } },
  }, async (request) => {
    const record = await getDustSupervision(deps, requireActor(request), request.params.id);
    return { record: record && presentDustSupervision(record) };
  });

  app.put('/units/:id/dust-supervision', {
    config: { access: 'unit.update' },
    schema: {
      tags: ['units'],
      summary: 'Record a dust unit’s 安全专员 (name, phone, training certificate and date) and 除尘系统改造 state; `done` needs its date and evidence photo; audited',
      params: IdParams, body: SetDustSupervisionBody,
      response: { 200: DustSupervisionResponse, 400: Problem, 403: Problem, 404: Problem, 422: Problem },
    },
  }, async (request) => presentDustSupervision(await setDustSupervision(deps, requireActor(request), request.params.id, request.body)));

  app.get('/dust-supervision/summary', {
    config: { access: 'stats.read' },
    schema: {
      tags: ['stats'],
      summary: '涉粉企业常态监管 in the caller’s scope: 安全专员配备率 and 除尘改造完成率 by town, and the dust units still without an officer or a finished retrofit',
      response: { 200: DustSupervisionSummary },
    },
  }, async (request) => {
    const summary = await dustSupervisionSummary(deps, requireActor(request));
    return {
      towns: summary.towns.map((town) => ({ ...town, officerRate: rate(town.withOfficer, town.dustUnits), retrofitRate: rate(town.retrofitDone, town.dustUnits) })),
      gaps: summary.gaps,
    };
  });
}
