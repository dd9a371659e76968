import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { pageInMemory } from '../shared/list-order.js';
import { cappedCount, COUNT_CAP, type ListCount, type Page, type PageRequest } from '../shared/pagination.js';
import { campaignPhase, type Campaign, type CampaignHazard, type CampaignInspection, type CampaignPhase, type CampaignUnit } from './campaign.js';
import { compareCampaignUnits, DEFAULT_CAMPAIGN_UNIT_SORT, type CampaignUnitSort } from './campaign-unit-sort.js';
import { computeCoverage, summarizeCampaignHazards, type CampaignCoverage, type CampaignHazardSummary } from './campaign-coverage.js';
import { campaignNotFound } from './campaign-errors.js';
import { isCampaignVisibleTo } from './campaign-policy.js';
import { campaignProgress, type CampaignDay } from './campaign-progress.js';

export interface CampaignView {
  readonly campaign: Campaign;
  readonly phase: CampaignPhase;
}

/** Campaigns the actor can see, newest first, with their phase today. */
export async function listCampaigns(deps: CoreDeps, actor: Actor): Promise<CampaignView[]> {
  const today = shanghaiDate(deps.clock.now());
  const campaigns = await deps.campaigns.listVisible(actor.districtCode, actor.scope.regionCode);
  return campaigns.filter((campaign) => isCampaignVisibleTo(actor, campaign)).map((campaign) => ({ campaign, phase: campaignPhase(campaign, today) }));
}

/** One campaign the actor can see (a town's campaign is not found by another town). */
export async function getCampaign(deps: CoreDeps, actor: Actor, campaignId: string): Promise<CampaignView> {
  const campaign = await deps.campaigns.findById(campaignId, actor.districtCode);
  if (!campaign || !isCampaignVisibleTo(actor, campaign)) throw campaignNotFound(campaignId);
  return { campaign, phase: campaignPhase(campaign, shanghaiDate(deps.clock.now())) };
}

/** Everything the campaign's figures are computed from, narrowed to the actor's scope. */
export interface CampaignData extends CampaignView {
  readonly units: readonly CampaignUnit[];
  readonly inspections: readonly CampaignInspection[];
  readonly hazards: readonly CampaignHazard[];
}

/** The campaign (if the actor sees it) with its units, inspections and hazards inside the actor's scope. */
export async function loadCampaignData(deps: CoreDeps, actor: Actor, campaignId: string): Promise<CampaignData> {
  const view = await getCampaign(deps, actor, campaignId);
  const scope = scopeFilterOf(actor);
  const units = await deps.campaigns.listScopeUnits(scope, view.campaign.scope);
  const inspections = await deps.campaigns.listInspections(view.campaign.id, scope);
  const hazards = await deps.campaigns.listHazards(view.campaign.id, scope);
  return { ...view, units, inspections, hazards };
}

export interface CampaignCoverageView extends CampaignView {
  readonly coverage: CampaignCoverage;
  readonly hazards: CampaignHazardSummary;
}

/** Coverage in the actor's scope: in scope, inspected, not inspected, by town; hazards found and closed. */
export async function getCampaignCoverage(deps: CoreDeps, actor: Actor, campaignId: string): Promise<CampaignCoverageView> {
  const data = await loadCampaignData(deps, actor, campaignId);
  return {
    campaign: data.campaign,
    phase: data.phase,
    coverage: computeCoverage(data.campaign, data.units, data.inspections),
    hazards: summarizeCampaignHazards(data.hazards),
  };
}

export interface CampaignUnitEntry {
  readonly unit: CampaignUnit;
  readonly inspected: boolean;
  readonly lastInspectedAt: string | null;
  readonly hazardsFound: number;
  readonly hazardsOpen: number;
}

export const CAMPAIGN_UNIT_STATES = ['not_inspected', 'inspected', 'all'] as const;
export type CampaignUnitState = (typeof CAMPAIGN_UNIT_STATES)[number];

/**
 * The campaign's units in the actor's scope (for the map and the table), not yet inspected by
 * default, in `sort` order (by town by default). Sorted in memory and paged by offset; a cursor
 * names its order (ADR 0108).
 */
export async function listCampaignUnits(
  deps: CoreDeps,
  actor: Actor,
  input: CampaignUnitFilter & { readonly sort?: CampaignUnitSort | undefined; readonly page: PageRequest },
): Promise<Page<CampaignUnitEntry>> {
  const sort = input.sort ?? DEFAULT_CAMPAIGN_UNIT_SORT;
  const entries = (await matchingCampaignUnits(deps, actor, input)).sort(compareCampaignUnits(sort));
  return pageInMemory(entries, sort, DEFAULT_CAMPAIGN_UNIT_SORT, input.page);
}

/** How many units `listCampaignUnits` would page through for the same filter, up to `COUNT_CAP` (共 N 条). */
export async function countCampaignUnits(deps: CoreDeps, actor: Actor, input: CampaignUnitFilter): Promise<ListCount> {
  return cappedCount((await matchingCampaignUnits(deps, actor, input)).length, COUNT_CAP);
}

/** Which campaign, and which of its units, a campaign unit list shows. */
export interface CampaignUnitFilter {
  readonly campaignId: string;
  readonly state?: CampaignUnitState | undefined;
  readonly townCode?: string | undefined;
}

/** The campaign unit list's rows, before sorting and paging: one source for the list and its count. */
async function matchingCampaignUnits(deps: CoreDeps, actor: Actor, input: CampaignUnitFilter): Promise<CampaignUnitEntry[]> {
  const data = await loadCampaignData(deps, actor, input.campaignId);
  const coverage = computeCoverage(data.campaign, data.units, data.inspections);
  const lastInspected = new Map<string, string>();
  for (const inspection of data.inspections) {
    if (!inspection.selfInspection && (lastInspected.get(inspection.unitId) ?? '') < inspection.finishedAt) lastInspected.set(inspection.unitId, inspection.finishedAt);
  }
  const hazardCounts = new Map<string, { found: number; open: number }>();
  for (const hazard of data.hazards) {
    if (hazard.status === 'dismissed') continue;
    const count = hazardCounts.get(hazard.unitId) ?? { found: 0, open: 0 };
    count.found += 1;
    if (hazard.status !== 'closed') count.open += 1;
    hazardCounts.set(hazard.unitId, count);
  }
  const state = input.state ?? 'not_inspected';
  return data.units
    .filter((unit) => !input.townCode || unit.townCode === input.townCode)
    .map((unit) => ({
      unit, inspected: coverage.inspectedUnitIds.has(unit.id), lastInspectedAt: lastInspected.get(unit.id) ?? null,
      hazardsFound: hazardCounts.get(unit.id)?.found ?? 0, hazardsOpen: hazardCounts.get(unit.id)?.open ?? 0,
    }))
    .filter((entry) => state === 'all' || entry.inspected === (state === 'inspected'));
}

/** The daily progress series of the campaign in the actor's scope. */
export async function getCampaignProgress(deps: CoreDeps, actor: Actor, campaignId: string): Promise<CampaignDay[]> {
  const data = await loadCampaignData(deps, actor, campaignId);
  return campaignProgress({ ...data, today: shanghaiDate(deps.clock.now()) });
}
