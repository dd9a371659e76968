import { shanghaiDate } from '../shared/calendar-date.js';
import type { Campaign, CampaignHazard, CampaignInspection, CampaignUnit } from './campaign.js';

export interface CoverageCounts {
  readonly inScope: number;
  readonly inspected: number;
  readonly notInspected: number;
  /** inspected ÷ inScope, or null when nothing is in scope. */
  readonly rate: number | null;
}

export interface CampaignCoverage extends CoverageCounts {
  readonly targetMet: boolean;
  readonly byTown: readonly ({ readonly townCode: string } & CoverageCounts)[];
  readonly inspectedUnitIds: ReadonlySet<string>;
  /** Enterprise self-inspections done for the campaign; they do not count as coverage. */
  readonly selfInspections: number;
}

const counts = (inScope: number, inspected: number): CoverageCounts => ({
  inScope, inspected, notInspected: inScope - inspected, rate: inScope === 0 ? null : inspected / inScope,
});

/** True when an inspection counts for the campaign: a supervision inspection finished within the period. */
export function countsForCampaign(campaign: Pick<Campaign, 'startsOn' | 'endsOn'>, inspection: CampaignInspection): boolean {
  const day = shanghaiDate(inspection.finishedAt);
  return !inspection.selfInspection && day >= campaign.startsOn && day <= campaign.endsOn;
}

/**
 * Coverage arithmetic (一个不漏): a unit in scope is inspected when at least one supervision
 * inspection of the campaign finished within the period; inspected + not inspected = in scope,
 * overall and per town. Inspections of units no longer in scope do not count.
 */
export function computeCoverage(
  campaign: Pick<Campaign, 'startsOn' | 'endsOn' | 'target'>,
  units: readonly CampaignUnit[],
  inspections: readonly CampaignInspection[],
): CampaignCoverage {
  const inScope = new Set(units.map((unit) => unit.id));
  const inspectedUnitIds = new Set(
    inspections.filter((inspection) => countsForCampaign(campaign, inspection) && inScope.has(inspection.unitId)).map((inspection) => inspection.unitId),
  );
  const towns = new Map<string, { inScope: number; inspected: number }>();
  for (const unit of units) {
    const town = towns.get(unit.townCode) ?? { inScope: 0, inspected: 0 };
    town.inScope += 1;
    if (inspectedUnitIds.has(unit.id)) town.inspected += 1;
    towns.set(unit.townCode, town);
  }
  const overall = counts(inScope.size, inspectedUnitIds.size);
  return {
    ...overall,
    targetMet: overall.rate !== null && overall.rate * 100 >= campaign.target.coverage,
    byTown: [...towns.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([townCode, town]) => ({ townCode, ...counts(town.inScope, town.inspected) })),
    inspectedUnitIds,
    selfInspections: inspections.filter((inspection) => inspection.selfInspection).length,
  };
}

export interface CampaignHazardSummary {
  readonly found: number;
  readonly closed: number;
  readonly open: number;
  readonly major: number;
  readonly majorClosed: number;
  /** closed ÷ found (dismissed ones left out), or null when none were found. */
  readonly rectificationRate: number | null;
}

/** Hazards found by the campaign's inspections and how many are closed (整改率). */
export function summarizeCampaignHazards(hazards: readonly CampaignHazard[]): CampaignHazardSummary {
  const counted = hazards.filter((hazard) => hazard.status !== 'dismissed');
  const closed = counted.filter((hazard) => hazard.status === 'closed');
  const major = counted.filter((hazard) => hazard.level === 'major');
  return {
    found: counted.length,
    closed: closed.length,
    open: counted.length - closed.length,
    major: major.length,
    majorClosed: major.filter((hazard) => hazard.status === 'closed').length,
    rectificationRate: counted.length === 0 ? null : closed.length / counted.length,
  };
}
