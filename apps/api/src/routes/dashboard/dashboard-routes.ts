import { CATEGORY_GROUPINGS, getCategoryGroupedBreakdown, getHazardBreakdown, getHazardTrend, listOpenHazardPoints, type CategoryGrouping } from '@safegrid/core';
import { BreakdownQuery, BreakdownResponse, HazardPointsResponse, Problem, TrendQuery, TrendResponse } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

/** The 一张图 dashboard's series, breakdowns and map points (the overview counts are in stats-routes). */
export async function dashboardRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/stats/trend', {
    config: { access: 'stats.read' },
    schema: {
      tags: ['stats'],
      summary: 'Hazards found and closed per month (Asia/Shanghai) in your scope, the current month last',
      querystring: TrendQuery,
      response: { 200: TrendResponse, 400: Problem },
    },
  }, async (request) => {
    const months = await getHazardTrend(deps, requireActor(request), request.query.months ?? 12);
    return { asOf: deps.clock.now().toISOString(), months };
  });

  app.get('/stats/breakdown', {
    config: { access: 'stats.read' },
    schema: {
      tags: ['stats'],
      summary: 'Open, overdue, open major and closed hazards per sector, source, category or level in your scope, or per sector and lead department as the category table routes categories',
      querystring: BreakdownQuery,
      response: { 200: BreakdownResponse, 400: Problem },
    },
  }, async (request) => {
    const { by } = request.query;
    const actor = requireActor(request);
    const rows = isCategoryGrouping(by) ? await getCategoryGroupedBreakdown(deps, actor, by) : await getHazardBreakdown(deps, actor, by);
    return { asOf: deps.clock.now().toISOString(), by: request.query.by, rows };
  });

  app.get('/stats/hazard-points', {
    config: { access: 'stats.read' },
    schema: {
      tags: ['stats'],
      summary: 'Open hazards with a location in your scope, for the map (WGS-84, newest first, at most 20,000)',
      response: { 200: HazardPointsResponse },
    },
  }, async (request) => listOpenHazardPoints(deps, requireActor(request)));
}

const isCategoryGrouping = (by: string): by is CategoryGrouping => (CATEGORY_GROUPINGS as readonly string[]).includes(by);
