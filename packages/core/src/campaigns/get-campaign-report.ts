import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { tenantStates } from '../parks/read-park-tenants.js';
import { TENANT_OUTCOMES, type TenantOutcomeKind } from '../parks/tenant-review.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import type { Unit } from '../units/unit.js';
import type { CampaignHazard, CampaignPhase, Campaign } from './campaign.js';
import { computeCoverage, summarizeCampaignHazards, type CampaignCoverage, type CampaignHazardSummary } from './campaign-coverage.js';
import { campaignProgress, type CampaignDay } from './campaign-progress.js';
import { loadCampaignData, type CampaignData } from './read-campaigns.js';

export interface FailedItemCount {
  readonly itemId: string;
  readonly text: string;
  readonly count: number;
  readonly major: number;
}

/** 厂中厂 tenants touched by the campaign: review states and outcomes (关停取缔 / 规范达标 / 更新改造). */
export interface TenantOutcomeCounts {
  readonly tenants: number;
  readonly approved: number;
  readonly flagged: number;
  readonly outcomes: Readonly<Record<TenantOutcomeKind | 'undecided', number>>;
}

/** The campaign report (JSON; PDF and xlsx come with the documents issue). */
export interface CampaignReport {
  readonly campaign: Campaign;
  readonly phase: CampaignPhase;
  readonly generatedAt: string;
  readonly coverage: Omit<CampaignCoverage, 'inspectedUnitIds'>;
  readonly hazards: CampaignHazardSummary;
  readonly inspections: { readonly supervision: number; readonly selfInspection: number };
  readonly topFailedItems: readonly FailedItemCount[];
  readonly tenants: TenantOutcomeCounts;
  readonly progress: readonly CampaignDay[];
}

const TOP_ITEMS = 10;

async function countFailedItems(deps: CoreDeps, actor: Actor, campaign: Campaign, hazards: readonly CampaignHazard[]): Promise<FailedItemCount[]> {
  const template = await deps.checklists.findById(campaign.checklistId, actor.districtCode);
  const texts = new Map((template?.items ?? []).map((item) => [item.id, item.text]));
  const counts = new Map<string, { count: number; major: number }>();
  for (const hazard of hazards) {
    if (hazard.status === 'dismissed') continue;
    const entry = counts.get(hazard.itemId) ?? { count: 0, major: 0 };
    entry.count += 1;
    if (hazard.level === 'major') entry.major += 1;
    counts.set(hazard.itemId, entry);
  }
  return [...counts.entries()]
    .map(([itemId, entry]) => ({ itemId, text: texts.get(itemId) ?? itemId, ...entry }))
    .sort((a, b) => b.count - a.count || a.itemId.localeCompare(b.itemId))
    .slice(0, TOP_ITEMS);
}

/** Tenants in the campaign's scope, and tenants of parks in its scope, as far as the actor sees them. */
async function countTenantOutcomes(deps: CoreDeps, actor: Actor, data: CampaignData): Promise<TenantOutcomeCounts> {
  const scope = scopeFilterOf(actor);
  const parks = data.units.filter((unit) => unit.kind === 'park');
  const parkIds = new Set([...parks.map((park) => park.id), ...data.units.flatMap((unit) => (unit.parentId ? [unit.parentId] : []))]);
  const inScopeIds = new Set(data.units.map((unit) => unit.id));
  const outcomes = Object.fromEntries([...TENANT_OUTCOMES, 'undecided'].map((key) => [key, 0])) as Record<TenantOutcomeKind | 'undecided', number>;
  let tenants = 0;
  let approved = 0;
  for (const parkId of parkIds) {
    const all: Unit[] = await deps.tenantReviews.listTenants(parkId, actor.districtCode);
    const counted = all.filter((unit) => isInScope(scope, { ...unit, unitId: unit.id }) && (inScopeIds.has(unit.id) || parks.some((park) => park.id === parkId)));
    if (counted.length === 0) continue;
    const reviews = await deps.tenantReviews.listForPark(parkId, actor.districtCode);
    const decided = await deps.tenantReviews.findOutcomes(counted.map((unit) => unit.id), actor.districtCode);
    for (const tenant of tenantStates(counted, reviews, decided)) {
      tenants += 1;
      if (!tenant.flagged) approved += 1;
      outcomes[tenant.outcome?.outcome ?? 'undecided'] += 1;
    }
  }
  return { tenants, approved, flagged: tenants - approved, outcomes };
}

/** The campaign report in the actor's scope: coverage, hazards found and closed, top failed items, tenants, progress. */
export async function getCampaignReport(deps: CoreDeps, actor: Actor, campaignId: string): Promise<CampaignReport> {
  const data = await loadCampaignData(deps, actor, campaignId);
  const now = deps.clock.now();
  const { inspectedUnitIds: _ids, ...coverage } = computeCoverage(data.campaign, data.units, data.inspections);
  return {
    campaign: data.campaign,
    phase: data.phase,
    generatedAt: now.toISOString(),
    coverage,
    hazards: summarizeCampaignHazards(data.hazards),
    inspections: {
      supervision: data.inspections.filter((inspection) => !inspection.selfInspection).length,
      selfInspection: data.inspections.filter((inspection) => inspection.selfInspection).length,
    },
    topFailedItems: await countFailedItems(deps, actor, data.campaign, data.hazards),
    tenants: await countTenantOutcomes(deps, actor, data),
    progress: campaignProgress({ ...data, today: shanghaiDate(now) }),
  };
}
