import { getOverview } from '@safegrid/core';
import { OverviewResponse } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

export async function statsRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/stats/overview', {
    config: { access: 'stats.read' },
    schema: {
      tags: ['stats'],
      summary: 'Hazard counts in your scope: by status, overdue, open major, rectification rate, by town',
      response: { 200: OverviewResponse },
    },
  }, async (request) => {
    const actor = requireActor(request);
    const overview = await getOverview(deps, actor);
    const towns = await deps.regions.regionNames(actor.districtCode);
    return {
      ...overview,
      byStatus: { ...overview.byStatus } as OverviewResponse['byStatus'],
      byTown: overview.byTown.map((town) => ({ ...town, townName: towns.get(town.townCode) ?? town.townCode })),
    };
  });
}
