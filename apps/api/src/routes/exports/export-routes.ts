import {
  exportCampaignUnits,
  exportDeliveries,
  exportHazards,
  exportInspections,
  exportPatrols,
  exportTenantReviews,
  exportUnits,
  type Actor,
  type ExportTable,
} from '@safegrid/core';
import {
  CampaignUnitExportQuery,
  DeliveryExportQuery,
  HazardExportQuery,
  IdParams,
  InspectionExportQuery,
  PatrolExportQuery,
  Problem,
  TABLE_MEDIA_TYPES,
  TenantReviewExportQuery,
  UnitExportQuery,
  type TableFormat,
} from '@safegrid/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { sendTableFile } from './export-presenter.js';

const produces = Object.values(TABLE_MEDIA_TYPES);
const description = 'Every row of the list with the same filters, inside your scope, streamed as xlsx or CSV (UTF-8 with BOM); '
  + 'Chinese headings and labels (English with Accept-Language: en), times in Asia/Shanghai, a first line with 导出时间/导出人/筛选条件.';

/** Export of every list (ADR 0068): the list's query without paging, plus `format`. */
export async function exportRoutes(app: SafeGridApp): Promise<void> {
  const { deps, tableFiles } = app.services;

  async function send(request: FastifyRequest, reply: FastifyReply, query: { format?: TableFormat }, table: (actor: Actor) => Promise<ExportTable>) {
    const actor = requireActor(request);
    const { format = 'xlsx', ...filters } = query;
    return sendTableFile(reply, tableFiles, {
      table: await table(actor), format, actor, language: request.language, filters,
      regionNames: await deps.regions.regionNames(actor.districtCode), now: deps.clock.now(),
    });
  }

  app.get('/hazards/export', {
    config: { access: 'hazard.read' },
    schema: { tags: ['hazards'], summary: 'Export the hazard list (xlsx or CSV)', description, querystring: HazardExportQuery, produces, response: { 400: Problem } },
  }, async (request, reply) => {
    const { format: _format, status, level, source, category, sector, q, ...rest } = request.query;
    return send(request, reply, request.query, (actor) => exportHazards(deps, actor, {
      ...rest, statuses: status, levels: level, sources: source, categories: category, sectors: sector, text: q,
    }));
  });

  app.get('/units/export', {
    config: { access: 'unit.read' },
    schema: { tags: ['units'], summary: 'Export the unit registry (台账) as xlsx or CSV', description, querystring: UnitExportQuery, produces, response: { 400: Problem } },
  }, async (request, reply) => {
    const { format: _format, kind, sector, tag, status, riskLevel, q, ...rest } = request.query;
    return send(request, reply, request.query, (actor) => exportUnits(deps, actor, {
      ...rest, kinds: kind, sectors: sector, tags: tag, statuses: status, riskLevels: riskLevel, text: q,
    }));
  });

  app.get('/inspections/export', {
    config: { access: 'inspection.read' },
    schema: { tags: ['inspections'], summary: 'Export the inspection list (xlsx or CSV)', description, querystring: InspectionExportQuery, produces, response: { 400: Problem } },
  }, async (request, reply) => {
    const { format: _format, status, kind, ...rest } = request.query;
    return send(request, reply, request.query, (actor) => exportInspections(deps, actor, { ...rest, statuses: status, kinds: kind }));
  });

  app.get('/campaigns/:id/units/export', {
    config: { access: 'campaign.read' },
    schema: {
      tags: ['campaigns'], summary: 'Export a campaign’s units (not yet inspected by default) as xlsx or CSV', description,
      params: IdParams, querystring: CampaignUnitExportQuery, produces, response: { 400: Problem, 404: Problem },
    },
  }, async (request, reply) => {
    const { format: _format, ...rest } = request.query;
    return send(request, reply, request.query, (actor) => exportCampaignUnits(deps, actor, { campaignId: request.params.id, ...rest }));
  });

  app.get('/patrols/export', {
    config: { access: 'patrol.read' },
    schema: { tags: ['risk'], summary: 'Export the units to patrol (xlsx or CSV)', description, querystring: PatrolExportQuery, produces, response: { 400: Problem, 422: Problem } },
  }, async (request, reply) => {
    const { format: _format, state, gridWorkerId, sort } = request.query;
    return send(request, reply, request.query, (actor) => exportPatrols(deps, actor, { gridWorkerId, states: state, sort }));
  });

  app.get('/tenant-reviews/export', {
    config: { access: 'tenant_review.read' },
    schema: { tags: ['parks'], summary: 'Export 厂中厂 tenant reviews (xlsx or CSV)', description, querystring: TenantReviewExportQuery, produces, response: { 400: Problem } },
  }, async (request, reply) => {
    const { format: _format, status, parkId, sort } = request.query;
    return send(request, reply, request.query, (actor) => exportTenantReviews(deps, actor, { statuses: status, parkId, sort }));
  });

  app.get('/notification-deliveries/export', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['notifications'], summary: 'Export the notification delivery log (发送记录) as xlsx or CSV; the district office’s alone', description,
      querystring: DeliveryExportQuery, produces, response: { 400: Problem, 403: Problem },
    },
  }, async (request, reply) => {
    const { format: _format, channel, status, sort } = request.query;
    return send(request, reply, request.query, (actor) => exportDeliveries(deps, actor, { channel, status, sort }));
  });
}
