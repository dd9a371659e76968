import {
  clearRiskOverride,
  getRiskGradingPolicy,
  getRiskOverview,
  countPatrolUnits,
  getUnitRisk,
  listPatrolUnits,
  listPatrolWorkers,
  listRiskMap,
  overrideUnitRisk,
  previewRiskGradingPolicy,
  recomputeDistrictRisks,
  shanghaiDate,
  updateRiskGradingPolicy,
} from '@safegrid/core';
import {
  IdParams,
  ListCountResponse,
  PatrolCountQuery,
  PatrolUnitPage,
  PatrolUnitsQuery,
  PatrolWorkersResponse,
  Problem,
  RiskAreaQuery,
  RiskMapResponse,
  RiskOverrideBody,
  RiskOverviewResponse,
  RiskPolicyBody,
  RiskPolicyPreviewResponse,
  RiskPolicyResponse,
  RiskRecomputeResponse,
  UnitRiskResponse,
} from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentPatrol, presentUnitRisk } from './risk-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function riskRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const today = () => shanghaiDate(deps.clock.now());

  app.get('/units/:id/risk', {
    config: { access: 'risk.read' },
    schema: { tags: ['risk'], summary: 'A unit’s risk grading: colour in effect, computed colour and score, reasons, override, patrol due date, history', params: IdParams, response: { 200: UnitRiskResponse, 404: Problem } },
  }, async (request) => presentUnitRisk(await getUnitRisk(deps, requireActor(request), request.params.id), today(), request.language));

  app.put('/units/:id/risk/override', {
    config: { access: 'risk.manage' },
    schema: {
      tags: ['risk'],
      summary: 'Set the unit’s colour by decision of the district office, with a reason, until an expiry date (within a year)',
      params: IdParams,
      body: RiskOverrideBody,
      response: { 200: UnitRiskResponse, ...errors },
    },
  }, async (request) => {
    const actor = requireActor(request);
    await overrideUnitRisk(deps, actor, { unitId: request.params.id, ...request.body });
    return presentUnitRisk(await getUnitRisk(deps, actor, request.params.id), today(), request.language);
  });

  app.delete('/units/:id/risk/override', {
    config: { access: 'risk.manage' },
    schema: { tags: ['risk'], summary: 'End the override now; the computed colour applies again', params: IdParams, response: { 200: UnitRiskResponse, ...errors } },
  }, async (request) => {
    const actor = requireActor(request);
    await clearRiskOverride(deps, actor, { unitId: request.params.id });
    return presentUnitRisk(await getUnitRisk(deps, actor, request.params.id), today(), request.language);
  });

  app.get('/risk/policy', {
    config: { access: 'risk.read' },
    schema: { tags: ['risk'], summary: 'The district’s grading method (LEC or LS), colour bands and patrol frequency by colour', response: { 200: RiskPolicyResponse } },
  }, async (request) => getRiskGradingPolicy(deps, requireActor(request)));

  app.put('/risk/policy', {
    config: { access: 'risk.manage' },
    schema: {
      tags: ['risk'],
      summary: 'Change the grading settings; every unit of the district is regraded in the same transaction',
      body: RiskPolicyBody,
      response: { 200: RiskPolicyResponse, ...errors },
    },
  }, async (request) => (await updateRiskGradingPolicy(deps, requireActor(request), request.body)).policy);

  app.post('/risk/policy/preview', {
    config: { access: 'risk.manage' },
    schema: {
      tags: ['risk'],
      summary: 'Grade every unit with proposed settings without saving them: units by colour now and after, and how many change',
      body: RiskPolicyBody,
      response: { 200: RiskPolicyPreviewResponse, ...errors },
    },
  }, async (request) => previewRiskGradingPolicy(deps, requireActor(request), request.body));

  app.post('/risk/recompute', {
    config: { access: 'risk.manage' },
    schema: { tags: ['risk'], summary: 'Regrade every unit of the district now (after imports; daily for time-derived facts)', response: { 200: RiskRecomputeResponse, ...errors } },
  }, async (request) => recomputeDistrictRisks(deps, requireActor(request)));

  app.get('/risk/overview', {
    config: { access: 'risk.read' },
    schema: { tags: ['risk'], summary: 'Units by colour in your scope, overall and by town (dashboard, map legend)', querystring: RiskAreaQuery, response: { 200: RiskOverviewResponse, 400: Problem } },
  }, async (request) => {
    const actor = requireActor(request);
    const overview = await getRiskOverview(deps, actor, { regionCode: request.query.regionCode });
    const towns = await deps.regions.regionNames(actor.districtCode);
    return { ...overview, asOf: deps.clock.now().toISOString(), byLevel: { ...overview.byLevel }, byTown: overview.byTown.map((town) => ({ ...town, townName: towns.get(town.townCode) ?? town.townCode })) };
  });

  app.get('/risk/map', {
    config: { access: 'risk.read' },
    schema: { tags: ['risk'], summary: '四色图: every unit in your scope as a coloured point (WGS-84)', querystring: RiskAreaQuery, response: { 200: RiskMapResponse, 400: Problem } },
  }, async (request) => listRiskMap(deps, requireActor(request), { regionCode: request.query.regionCode, levels: request.query.level }));

  app.get('/patrols/workers', {
    config: { access: 'patrol.read' },
    schema: { tags: ['risk'], summary: 'Grid workers in your scope with how many of their units are late, due or fine for patrol', response: { 200: PatrolWorkersResponse } },
  }, async (request) => (await listPatrolWorkers(deps, requireActor(request))).map((worker) => ({ ...worker, gridIds: [...worker.gridIds] })));

  app.get('/patrols', {
    config: { access: 'patrol.read' },
    schema: {
      tags: ['risk'],
      summary: 'Units to patrol by colour frequency, most overdue first unless `sort` says otherwise: your own, or one grid worker’s (late and due by default)',
      querystring: PatrolUnitsQuery,
      response: { 200: PatrolUnitPage, 400: Problem, 422: Problem },
    },
  }, async (request) => {
    const { limit = 50, cursor, state, gridWorkerId, sort } = request.query;
    const page = await listPatrolUnits(deps, requireActor(request), { gridWorkerId, states: state, sort, page: { limit, cursor } });
    return {
      items: page.items.map(({ unit, status }) => ({
        unitId: unit.id, name: unit.name, kind: unit.kind, townCode: unit.townCode, gridId: unit.gridId, location: unit.location, patrol: presentPatrol(status),
      })),
      nextCursor: page.nextCursor,
    };
  });

  app.get('/patrols/count', {
    config: { access: 'patrol.read' },
    schema: {
      tags: ['risk'],
      summary: 'How many units the patrol list shows for the same worker and states (共 N 条), counted up to 10,000',
      querystring: PatrolCountQuery,
      response: { 200: ListCountResponse, 400: Problem, 422: Problem },
    },
  }, async (request) => countPatrolUnits(deps, requireActor(request), { gridWorkerId: request.query.gridWorkerId, states: request.query.state }));
}
