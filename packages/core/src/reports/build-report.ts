import type { ScopeFilter } from '../accounts/scope.js';
import { computeCoverage, summarizeCampaignHazards } from '../campaigns/campaign-coverage.js';
import type { CoreDeps } from '../deps.js';
import type { Hazard } from '../hazards/hazard.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { lastMonths } from '../stats/get-dashboard.js';
import { groupByCategorySector } from '../stats/category-sector-breakdown.js';
import { REPORT_LIST_LIMIT, type LeadershipReport, type ReportCampaign, type ReportHazard, type TownRank } from './leadership-report.js';
import type { ReportPeriod } from './report-period.js';

export type ReportReadDeps = Pick<CoreDeps, 'clock' | 'stats' | 'dashboard' | 'hazards' | 'regions' | 'campaigns' | 'sectorDuties'>;

/** What a 通报 is about: a district (regionCode = districtCode) or one of its towns. */
export interface ReportSubject {
  readonly districtCode: string;
  readonly regionCode: string;
}

export function scopeOfSubject(subject: ReportSubject): ScopeFilter {
  return subject.regionCode === subject.districtCode ? { districtCode: subject.districtCode } : { districtCode: subject.districtCode, regionCode: subject.regionCode };
}

const rate = (closed: number, open: number): number | null => (closed + open > 0 ? closed / (closed + open) : null);

/** Ranking order: highest rate first, towns without hazards last, then by code for a stable order. */
function byRate(a: TownRank, b: TownRank): number {
  const ra = a.rectificationRate ?? -1;
  const rb = b.rectificationRate ?? -1;
  return rb - ra || a.townCode.localeCompare(b.townCode);
}

/**
 * Collects the figures of one 通报 from the read models that already exist: the overview's counts,
 * the dashboard's monthly flow (over the period, and over 12 months for the trend), the hazard list
 * (new major, overdue) and the campaigns' coverage. Reads only; the caller stores the files.
 */
export async function buildLeadershipReport(deps: ReportReadDeps, subject: ReportSubject, period: ReportPeriod): Promise<LeadershipReport> {
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const scope = scopeOfSubject(subject);
  const names = await deps.regions.regionNames(subject.districtCode);
  const townName = (code: string) => names.get(code) ?? code;

  const counts = await deps.stats.hazardCounts(scope, today);
  const [flow] = await deps.dashboard.monthlyFlow(scope, [{ month: period.key, from: period.from, to: period.to }]);
  const trend = await deps.dashboard.monthlyFlow(scope, lastMonths(new Date(Date.parse(period.to) - 1), 12));
  const newMajor = await listAll(deps, scope, { levels: ['major'], reportedFrom: period.from, reportedTo: period.to }, today);
  const overdue = await listAll(deps, scope, { overdue: true }, today);
  const sectors = groupByCategorySector(await deps.dashboard.breakdown(scope, 'category', today), await deps.sectorDuties.list(subject.districtCode));

  const byStatus = counts.byStatus;
  const open = byStatus.reported + byStatus.assigned + byStatus.submitted;
  const towns = counts.byTown.map((town): TownRank => ({
    townCode: town.townCode, townName: townName(town.townCode), total: town.total, open: town.open, closed: town.closed,
    overdue: town.overdue, majorOpen: town.major, rectificationRate: rate(town.closed, town.open),
  })).sort(byRate);

  return {
    districtCode: subject.districtCode,
    regionCode: subject.regionCode,
    regionName: townName(subject.regionCode),
    period,
    generatedAt: now.toISOString(),
    headline: {
      found: flow?.found ?? 0,
      closed: flow?.closed ?? 0,
      majorFound: newMajor.total,
      open,
      overdue: counts.overdue,
      majorOpen: counts.majorOpen,
      rectificationRate: rate(byStatus.closed, open),
    },
    towns,
    sectors: sectors.map(({ sector, lead, total, open, closed, overdue: late, major }) => ({ sector, lead, total, open, closed, overdue: late, majorOpen: major })),
    newMajorHazards: newMajor.items.map((hazard) => presentHazard(hazard, townName)),
    newMajorTotal: newMajor.total,
    overdueHazards: overdue.items.map((hazard) => presentHazard(hazard, townName)),
    campaigns: await campaignsOf(deps, subject, scope, period),
    trend,
  };
}

function presentHazard(hazard: Hazard, townName: (code: string) => string): ReportHazard {
  return {
    id: hazard.id, title: hazard.title, townName: townName(hazard.townCode), level: hazard.level, status: hazard.status,
    reportedAt: hazard.reportedAt, deadline: hazard.deadline,
  };
}

/** Far above any district's hazards: a 通报 states its totals exactly. */
const REPORT_COUNT_CAP = 100_000_000;

/**
 * Up to REPORT_LIST_LIMIT hazards matching `filter`, and how many match in all: one page, then a
 * count in the database when there are more (reading every match to count it took the weekly and
 * monthly jobs over a minute on 100k hazards, holding the event loop; issue 18).
 */
async function listAll(deps: ReportReadDeps, scope: ScopeFilter, filter: Parameters<CoreDeps['hazards']['list']>[1], today: string): Promise<{ items: readonly Hazard[]; total: number }> {
  const page = await deps.hazards.list(scope, filter, { limit: REPORT_LIST_LIMIT }, today);
  if (page.nextCursor === null) return { items: page.items, total: page.items.length };
  return { items: page.items, total: (await deps.hazards.count(scope, filter, today, REPORT_COUNT_CAP)).total };
}

/** Campaigns of the region that ran during the period, with their coverage inside it. */
async function campaignsOf(deps: ReportReadDeps, subject: ReportSubject, scope: ScopeFilter, period: ReportPeriod): Promise<ReportCampaign[]> {
  const campaigns = (await deps.campaigns.listVisible(subject.districtCode, subject.regionCode))
    .filter((campaign) => campaign.startsOn <= period.lastDay && campaign.endsOn >= period.firstDay);
  const result: ReportCampaign[] = [];
  for (const campaign of campaigns) {
    const units = await deps.campaigns.listScopeUnits(scope, campaign.scope);
    const coverage = computeCoverage(campaign, units, await deps.campaigns.listInspections(campaign.id, scope));
    const hazards = summarizeCampaignHazards(await deps.campaigns.listHazards(campaign.id, scope));
    result.push({
      name: campaign.name, startsOn: campaign.startsOn, endsOn: campaign.endsOn, inScope: coverage.inScope, inspected: coverage.inspected,
      coverageRate: coverage.rate, hazardsFound: hazards.found, hazardsClosed: hazards.closed,
    });
  }
  return result;
}
