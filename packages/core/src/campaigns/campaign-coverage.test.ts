import { describe, expect, it } from 'vitest';
import type { CampaignInspection, CampaignUnit } from './campaign.js';
import { computeCoverage, summarizeCampaignHazards } from './campaign-coverage.js';
import { campaignProgress } from './campaign-progress.js';

const HUTANG = '320412100';
const LUOYANG = '320412103';
const campaign = { startsOn: '2026-02-01', endsOn: '2026-05-11', target: { coverage: 60, rectification: 100 } };
const unit = (id: string, townCode: string): CampaignUnit => ({
  id, name: id, kind: 'enterprise', status: 'active', townCode, villageCode: `${townCode}201`, gridId: 'g', location: { lng: 119.9, lat: 31.7 }, parentId: null,
});
const inspection = (unitId: string, finishedAt: string, selfInspection = false): CampaignInspection => ({ inspectionId: `i-${unitId}-${finishedAt}`, unitId, finishedAt, failedItems: 0, selfInspection });
const units = [unit('a', HUTANG), unit('b', HUTANG), unit('c', HUTANG), unit('d', LUOYANG), unit('e', LUOYANG)];

describe('campaign coverage arithmetic', () => {
  it('counts each unit in scope once, inspected or not, overall and by town', () => {
    const coverage = computeCoverage(campaign, units, [
      inspection('a', '2026-02-03T02:00:00Z'), inspection('a', '2026-02-20T02:00:00Z'), inspection('d', '2026-02-04T02:00:00Z'),
    ]);
    expect(coverage).toMatchObject({ inScope: 5, inspected: 2, notInspected: 3, rate: 0.4, targetMet: false });
    expect(coverage.byTown).toEqual([
      { townCode: HUTANG, inScope: 3, inspected: 1, notInspected: 2, rate: 1 / 3 },
      { townCode: LUOYANG, inScope: 2, inspected: 1, notInspected: 1, rate: 0.5 },
    ]);
    expect(coverage.byTown.reduce((sum, town) => sum + town.inScope, 0)).toBe(coverage.inScope);
    expect(coverage.byTown.reduce((sum, town) => sum + town.inspected + town.notInspected, 0)).toBe(coverage.inScope);
  });

  it('leaves out self-inspections, inspections outside the period and units no longer in scope', () => {
    const coverage = computeCoverage(campaign, units, [
      inspection('a', '2026-02-03T02:00:00Z', true),
      // 2026-01-31T16:30Z is 2026-02-01 00:30 in Shanghai: inside; 2026-05-11T16:30Z is 05-12: outside.
      inspection('b', '2026-01-31T16:30:00Z'), inspection('c', '2026-05-11T16:30:00Z'),
      inspection('gone', '2026-02-10T02:00:00Z'),
    ]);
    expect(coverage).toMatchObject({ inScope: 5, inspected: 1, selfInspections: 1 });
    expect([...coverage.inspectedUnitIds]).toEqual(['b']);
  });

  it('meets the target at the target rate and has no rate without units', () => {
    const inspections = ['a', 'b', 'd'].map((id) => inspection(id, '2026-03-01T02:00:00Z'));
    expect(computeCoverage(campaign, units, inspections)).toMatchObject({ rate: 0.6, targetMet: true });
    expect(computeCoverage(campaign, [], inspections)).toMatchObject({ inScope: 0, inspected: 0, rate: null, targetMet: false });
  });

  it('summarises hazards found and closed, dismissed ones left out', () => {
    const hazard = (status: string, level: 'general' | 'major' = 'general') => ({ hazardId: status, unitId: 'a', itemId: 'X', level, status, reportedAt: '2026-02-03T02:00:00Z', closedAt: null });
    expect(summarizeCampaignHazards([hazard('closed'), hazard('assigned', 'major'), hazard('dismissed'), hazard('closed', 'major')])).toEqual({
      found: 3, closed: 2, open: 1, major: 2, majorClosed: 1, rectificationRate: 2 / 3,
    });
  });

  it('gives a daily series with running totals up to today', () => {
    const series = campaignProgress({
      campaign, units, today: '2026-02-04',
      inspections: [inspection('a', '2026-02-01T02:00:00Z'), inspection('a', '2026-02-03T02:00:00Z'), inspection('b', '2026-02-03T03:00:00Z')],
      hazards: [{ hazardId: 'h', unitId: 'a', itemId: 'X', level: 'general', status: 'closed', reportedAt: '2026-02-01T02:00:00Z', closedAt: '2026-02-03T05:00:00Z' }],
    });
    expect(series.map((day) => [day.date, day.inspected, day.cumulativeInspected, day.hazardsFound, day.cumulativeClosed])).toEqual([
      ['2026-02-01', 1, 1, 1, 0], ['2026-02-02', 0, 1, 0, 0], ['2026-02-03', 1, 2, 0, 1], ['2026-02-04', 0, 2, 0, 1],
    ]);
    expect(series.at(-1)?.coverageRate).toBe(0.4);
    expect(campaignProgress({ campaign, units, inspections: [], hazards: [], today: '2026-01-15' })).toEqual([]);
  });
});
