import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, HUTANG, LUOYANG, TEST_DISTRICT } from '../testing/in-memory-deps.js';
import { REPORT_LIST_LIMIT, type LeadershipReport } from './leadership-report.js';
import { buildLeadershipReport } from './build-report.js';
import { generateReport, publishScheduledReports } from './generate-report.js';
import { previousPeriod, reportPeriod } from './report-period.js';

/** Files that carry the report's figures as JSON: the core tests check what is laid out, not the layout. */
const jsonFiles = {
  pdf: async (report: LeadershipReport) => new TextEncoder().encode(JSON.stringify(report)),
  xlsx: async (report: LeadershipReport) => new TextEncoder().encode(JSON.stringify(report.towns)),
};

describe('report periods (Asia/Shanghai)', () => {
  it('moves any day to its Monday-to-Sunday week and names months by YYYY-MM', () => {
    expect(reportPeriod('weekly', '2026-03-08')).toMatchObject({ key: '2026-03-02', firstDay: '2026-03-02', lastDay: '2026-03-08', from: '2026-03-01T16:00:00.000Z', to: '2026-03-08T16:00:00.000Z' });
    expect(reportPeriod('weekly', '2026-03-02').key).toBe('2026-03-02');
    expect(reportPeriod('monthly', '2024-02')).toMatchObject({ firstDay: '2024-02-01', lastDay: '2024-02-29', to: '2024-02-29T16:00:00.000Z' });
    expect(() => reportPeriod('monthly', '2026-3')).toThrow();
    expect(() => reportPeriod('weekly', '2026-02-30')).toThrow();
  });

  it('takes the last whole week or month before now, in Shanghai time', () => {
    // Monday 2026-03-02 00:30 in Shanghai is still Sunday in UTC.
    expect(previousPeriod('weekly', new Date('2026-03-01T16:30:00Z')).key).toBe('2026-02-23');
    expect(previousPeriod('monthly', new Date('2026-01-01T00:00:00Z')).key).toBe('2025-12');
  });
});

describe('the 通报 figures', () => {
  it('counts the period, ranks towns by rectification rate and lists new major and overdue hazards within the subject', async () => {
    const deps = createInMemoryDeps(); // 2026-03-02 10:00 Shanghai
    const inWeek = '2026-03-02T03:00:00.000Z';
    deps.given.hazard({ town: HUTANG, level: 'major', title: '重大A', reportedAt: inWeek, category: 'occupancy', sector: 'group_rental' });
    deps.given.hazard({ town: HUTANG, status: 'assigned', deadline: '2026-02-20', title: '逾期B', reportedAt: '2026-02-10T03:00:00.000Z' });
    deps.given.hazard({ town: LUOYANG, status: 'closed', closedAt: inWeek, reportedAt: '2026-02-10T03:00:00.000Z' });
    deps.given.hazard({ town: LUOYANG, level: 'major', title: '上周的重大', reportedAt: '2026-02-25T03:00:00.000Z' });
    const week = reportPeriod('weekly', '2026-03-02');

    const whole = await buildLeadershipReport(deps, { districtCode: TEST_DISTRICT, regionCode: TEST_DISTRICT }, week);
    expect(whole.headline).toMatchObject({ found: 1, closed: 1, majorFound: 1, open: 3, overdue: 1, majorOpen: 2 });
    expect(whole.towns.map((town) => [town.townCode, town.rectificationRate])).toEqual([[LUOYANG, 0.5], [HUTANG, 0]]);
    expect(whole.newMajorHazards.map((hazard) => hazard.title)).toEqual(['重大A']);
    expect(whole.overdueHazards.map((hazard) => hazard.title)).toEqual(['逾期B']);
    // Grouped by the category table: 违规住人 → 群租房 (住建 leads); the three electrical hazards → 消防.
    expect(whole.sectors).toEqual([
      { sector: 'fire', lead: 'fire', total: 3, open: 2, closed: 1, overdue: 1, majorOpen: 1 },
      { sector: 'group_rental', lead: 'housing', total: 1, open: 1, closed: 0, overdue: 0, majorOpen: 1 },
    ]);
    expect(whole.trend.map((month) => month.month)).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);

    const luoyang = await buildLeadershipReport(deps, { districtCode: TEST_DISTRICT, regionCode: LUOYANG }, week);
    expect(luoyang.headline).toMatchObject({ found: 0, closed: 1, open: 1, overdue: 0 });
    expect(luoyang.towns.map((town) => town.townCode)).toEqual([LUOYANG]);
  });

  it('lists the first REPORT_LIST_LIMIT new major hazards and counts all of them', async () => {
    const deps = createInMemoryDeps();
    for (let index = 0; index < REPORT_LIST_LIMIT + 5; index += 1) {
      deps.given.hazard({ town: index % 2 ? HUTANG : LUOYANG, level: 'major', title: `重大${index}`, reportedAt: '2026-03-02T03:00:00.000Z' });
    }
    const report = await buildLeadershipReport(deps, { districtCode: TEST_DISTRICT, regionCode: TEST_DISTRICT }, reportPeriod('weekly', '2026-03-02'));
    expect(report.newMajorHazards).toHaveLength(REPORT_LIST_LIMIT);
    expect(report.newMajorTotal).toBe(REPORT_LIST_LIMIT + 5);
    expect(report.headline.majorFound).toBe(REPORT_LIST_LIMIT + 5);
  });

  it('publishes each region’s scheduled report once, told to its office; on demand follows the actor’s scope', async () => {
    const deps = createInMemoryDeps();
    Object.assign(deps, { reportFiles: jsonFiles });
    const office = deps.given.user('district', { username: 'office' });
    deps.given.user('town', { username: 'hutang-town' });
    deps.given.user('grid_worker', { username: 'hutang-worker' });
    const first = await publishScheduledReports(deps, TEST_DISTRICT, 'weekly');
    expect(first.map((report) => report.regionCode)).toEqual([TEST_DISTRICT, HUTANG, LUOYANG]);
    expect(await publishScheduledReports(deps, TEST_DISTRICT, 'weekly')).toEqual([]);
    const told = [...deps.tables.notifications.values()].map((n) => [deps.tables.users.get(n.recipientId)?.user.username, n.kind, n.title]);
    expect(told).toEqual([
      ['office', 'report.published', '通报：武进区安全生产隐患排查治理周报（2026-02-23 至 2026-03-01）'],
      ['hutang-town', 'report.published', '通报：湖塘镇安全生产隐患排查治理周报（2026-02-23 至 2026-03-01）'],
    ]);

    const onDemand = await generateReport(deps, office, { kind: 'monthly', period: '2026-03' });
    expect(onDemand).toMatchObject({ regionCode: TEST_DISTRICT, trigger: 'demand', firstDay: '2026-03-01', lastDay: '2026-03-31', generatedByName: office.displayName });
    await expect(generateReport(deps, office, { kind: 'monthly', period: '2026-04' })).rejects.toMatchObject({ code: 'request.invalid' });
    await expect(generateReport(deps, deps.given.user('department'), { kind: 'weekly' })).rejects.toMatchObject({ code: 'report.refused' });
  });
});
