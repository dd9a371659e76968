import { countCampaignUnits, createCampaign, getCampaign, getCampaignCoverage, getCampaignProgress, getCampaignReport, listCampaignUnits, listCampaigns, type Actor } from '@safegrid/core';
import {
  CampaignCoverageResponse,
  CampaignProgressResponse,
  CampaignReportResponse,
  CampaignResponse,
  CampaignUnitCountQuery,
  CampaignUnitPage,
  CampaignUnitsQuery,
  CreateCampaignBody,
  IdParams,
  ListCountResponse,
  Problem,
} from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentCampaign, presentCampaignUnit, presentCoverage, presentReport } from './campaign-presenter.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export async function campaignRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const townNames = async (actor: Actor) => deps.regions.regionNames(actor.districtCode);

  app.post('/campaigns', {
    config: { access: 'campaign.manage' },
    schema: {
      tags: ['campaigns'],
      summary: 'Start a campaign (专项整治): period, scope (kinds, sectors, tags, regions), checklist, targets',
      body: CreateCampaignBody,
      response: { 201: CampaignResponse, ...errors },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const campaign = await createCampaign(deps, actor, request.body);
    return reply.status(201).send(presentCampaign(await getCampaign(deps, actor, campaign.id)));
  });

  app.get('/campaigns', {
    config: { access: 'campaign.read' },
    schema: { tags: ['campaigns'], summary: 'Campaigns you can see, newest first, with their phase', response: { 200: Type.Array(CampaignResponse) } },
  }, async (request) => (await listCampaigns(deps, requireActor(request))).map(presentCampaign));

  app.get('/campaigns/:id', {
    config: { access: 'campaign.read' },
    schema: { tags: ['campaigns'], summary: 'One campaign', params: IdParams, response: { 200: CampaignResponse, 404: Problem } },
  }, async (request) => presentCampaign(await getCampaign(deps, requireActor(request), request.params.id)));

  app.get('/campaigns/:id/coverage', {
    config: { access: 'campaign.read' },
    schema: {
      tags: ['campaigns'],
      summary: 'Coverage in your scope: in scope, inspected, not inspected, by town; hazards found and closed',
      params: IdParams,
      response: { 200: CampaignCoverageResponse, 404: Problem },
    },
  }, async (request) => {
    const actor = requireActor(request);
    return presentCoverage(await getCampaignCoverage(deps, actor, request.params.id), await townNames(actor));
  });

  app.get('/campaigns/:id/units', {
    config: { access: 'campaign.read' },
    schema: {
      tags: ['campaigns'],
      summary: 'The campaign’s units in your scope for the map and the table: not yet inspected by default',
      params: IdParams,
      querystring: CampaignUnitsQuery,
      response: { 200: CampaignUnitPage, 400: Problem, 404: Problem, 422: Problem },
    },
  }, async (request) => {
    const { limit = 200, cursor, ...rest } = request.query;
    const page = await listCampaignUnits(deps, requireActor(request), { campaignId: request.params.id, ...rest, page: { limit, cursor } });
    return { items: page.items.map(presentCampaignUnit), nextCursor: page.nextCursor };
  });

  app.get('/campaigns/:id/units/count', {
    config: { access: 'campaign.read' },
    schema: {
      tags: ['campaigns'],
      summary: 'How many of the campaign’s units the unit list shows for the same state and town (共 N 条), counted up to 10,000',
      params: IdParams,
      querystring: CampaignUnitCountQuery,
      response: { 200: ListCountResponse, 400: Problem, 404: Problem, 422: Problem },
    },
  }, async (request) => countCampaignUnits(deps, requireActor(request), { campaignId: request.params.id, ...request.query }));

  app.get('/campaigns/:id/progress', {
    config: { access: 'campaign.read' },
    schema: { tags: ['campaigns'], summary: 'Daily progress series (Asia/Shanghai dates) up to today', params: IdParams, response: { 200: CampaignProgressResponse, 404: Problem } },
  }, async (request) => (await getCampaignProgress(deps, requireActor(request), request.params.id)).map((day) => ({ ...day })));

  app.get('/campaigns/:id/report', {
    config: { access: 'campaign.read' },
    schema: {
      tags: ['campaigns'],
      summary: 'The campaign report (JSON): coverage, hazards found and closed, top failed items, 厂中厂 tenant outcomes, progress',
      params: IdParams,
      response: { 200: CampaignReportResponse, 404: Problem },
    },
  }, async (request) => {
    const actor = requireActor(request);
    return presentReport(await getCampaignReport(deps, actor, request.params.id), await townNames(actor));
  });
}
