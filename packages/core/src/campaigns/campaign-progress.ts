import { addDays, shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import type { Campaign, CampaignHazard, CampaignInspection, CampaignUnit } from './campaign.js';
import { countsForCampaign } from './campaign-coverage.js';

/** One day of a campaign: units newly inspected, hazards found and closed, and the running totals. */
export interface CampaignDay {
  readonly date: CalendarDate;
  readonly inspected: number;
  readonly cumulativeInspected: number;
  /** cumulativeInspected ÷ units in scope, or null when nothing is in scope. */
  readonly coverageRate: number | null;
  readonly hazardsFound: number;
  readonly hazardsClosed: number;
  readonly cumulativeFound: number;
  readonly cumulativeClosed: number;
}

/**
 * The daily progress series from the first day to today (or the last day once ended), Shanghai
 * dates. A unit counts on the day of its first counted inspection.
 */
export function campaignProgress(input: {
  readonly campaign: Pick<Campaign, 'startsOn' | 'endsOn'>;
  readonly units: readonly CampaignUnit[];
  readonly inspections: readonly CampaignInspection[];
  readonly hazards: readonly CampaignHazard[];
  readonly today: CalendarDate;
}): CampaignDay[] {
  const { campaign, today } = input;
  const last = today < campaign.endsOn ? today : campaign.endsOn;
  if (last < campaign.startsOn) return [];
  const inScope = new Set(input.units.map((unit) => unit.id));
  const firstDay = new Map<string, CalendarDate>();
  for (const inspection of input.inspections) {
    if (!countsForCampaign(campaign, inspection) || !inScope.has(inspection.unitId)) continue;
    const day = shanghaiDate(inspection.finishedAt);
    const known = firstDay.get(inspection.unitId);
    if (!known || day < known) firstDay.set(inspection.unitId, day);
  }
  const tally = (days: Iterable<CalendarDate>) => {
    const map = new Map<CalendarDate, number>();
    for (const day of days) map.set(day, (map.get(day) ?? 0) + 1);
    return map;
  };
  const found = input.hazards.filter((hazard) => hazard.status !== 'dismissed');
  const inspectedByDay = tally(firstDay.values());
  const foundByDay = tally(found.map((hazard) => shanghaiDate(hazard.reportedAt)));
  const closedByDay = tally(found.flatMap((hazard) => (hazard.status === 'closed' && hazard.closedAt ? [shanghaiDate(hazard.closedAt)] : [])));
  const series: CampaignDay[] = [];
  let cumulativeInspected = 0;
  let cumulativeFound = 0;
  let cumulativeClosed = 0;
  for (let date = campaign.startsOn; date <= last; date = addDays(date, 1)) {
    const inspected = inspectedByDay.get(date) ?? 0;
    const hazardsFound = foundByDay.get(date) ?? 0;
    const hazardsClosed = closedByDay.get(date) ?? 0;
    cumulativeInspected += inspected;
    cumulativeFound += hazardsFound;
    cumulativeClosed += hazardsClosed;
    series.push({
      date, inspected, cumulativeInspected, coverageRate: inScope.size === 0 ? null : cumulativeInspected / inScope.size,
      hazardsFound, hazardsClosed, cumulativeFound, cumulativeClosed,
    });
  }
  return series;
}
