import type { CampaignCoverageView, CampaignReport, CampaignUnitEntry, CampaignView } from '@safegrid/core';
import type { CampaignCoverageResponse, CampaignReportResponse, CampaignResponse, CampaignUnitPage } from '@safegrid/contracts';

export function presentCampaign({ campaign, phase }: CampaignView): CampaignResponse {
  return {
    ...campaign,
    phase,
    scope: { kinds: [...campaign.scope.kinds], sectors: [...campaign.scope.sectors], tags: [...campaign.scope.tags], regionCodes: [...campaign.scope.regionCodes] },
    target: { ...campaign.target },
  };
}

export function presentCoverage(view: CampaignCoverageView, townNames: ReadonlyMap<string, string>): CampaignCoverageResponse {
  const { coverage } = view;
  return {
    campaignId: view.campaign.id,
    phase: view.phase,
    inScope: coverage.inScope,
    inspected: coverage.inspected,
    notInspected: coverage.notInspected,
    rate: coverage.rate,
    targetMet: coverage.targetMet,
    selfInspections: coverage.selfInspections,
    byTown: coverage.byTown.map((town) => ({ ...town, townName: townNames.get(town.townCode) ?? town.townCode })),
    hazards: { ...view.hazards },
  };
}

export function presentCampaignUnit(entry: CampaignUnitEntry): CampaignUnitPage['items'][number] {
  const { unit } = entry;
  return {
    unitId: unit.id, name: unit.name, kind: unit.kind, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId,
    location: unit.location, parentId: unit.parentId, inspected: entry.inspected, lastInspectedAt: entry.lastInspectedAt,
    hazardsFound: entry.hazardsFound, hazardsOpen: entry.hazardsOpen,
  };
}

export function presentReport(report: CampaignReport, townNames: ReadonlyMap<string, string>): CampaignReportResponse {
  const { coverage } = report;
  return {
    campaign: presentCampaign(report),
    generatedAt: report.generatedAt,
    coverage: {
      inScope: coverage.inScope, inspected: coverage.inspected, notInspected: coverage.notInspected, rate: coverage.rate, targetMet: coverage.targetMet,
      selfInspections: coverage.selfInspections, byTown: coverage.byTown.map((town) => ({ ...town, townName: townNames.get(town.townCode) ?? town.townCode })),
    },
    hazards: { ...report.hazards },
    inspections: { ...report.inspections },
    topFailedItems: report.topFailedItems.map((item) => ({ ...item })),
    tenants: { ...report.tenants, outcomes: { ...report.tenants.outcomes } },
    progress: report.progress.map((day) => ({ ...day })),
  };
}
