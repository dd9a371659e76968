import { describe, expect, it } from 'vitest';
import { HAZARD_CATEGORY_ROUTES } from '../hazards/hazard-category-routes.js';
import { HAZARD_CATEGORIES } from '../hazards/hazard.js';
import { defaultSectorDuty } from '../sector-duties/sector-duties.js';
import { createInMemoryDeps, HUTANG, TEST_DISTRICT } from '../testing/in-memory-deps.js';
import { getCategoryGroupedBreakdown, groupByCategorySector, groupByLeadDepartment } from './category-sector-breakdown.js';
import type { BreakdownRow } from './dashboard-store.js';

// Counts that differ per category (index + 1 hazards, one of them open), so a lost or doubled row shows in the sums.
const row = (key: string, index: number): BreakdownRow => ({ key, total: index + 1, open: 1, closed: index, overdue: index % 2, major: index % 3 === 0 ? 1 : 0 });
const EVERY_CATEGORY = HAZARD_CATEGORIES.map(row);

describe('reports group hazards through the one category table (ADR 0096)', () => {
  it('puts every category in the row of its sector, losing and doubling nothing', () => {
    const rows = groupByCategorySector(EVERY_CATEGORY, []);
    for (const category of HAZARD_CATEGORIES) {
      const holders = rows.filter((sectorRow) => sectorRow.categories.includes(category));
      expect(holders.map((holder) => holder.sector), category).toEqual([HAZARD_CATEGORY_ROUTES[category].sector]);
    }
    const sum = (list: readonly { total: number; open: number; closed: number; overdue: number; major: number }[]) =>
      list.reduce((acc, r) => ({ total: acc.total + r.total, open: acc.open + r.open, closed: acc.closed + r.closed, overdue: acc.overdue + r.overdue, major: acc.major + r.major }), { total: 0, open: 0, closed: 0, overdue: 0, major: 0 });
    expect(sum(rows)).toEqual(sum(EVERY_CATEGORY));
    expect(sum(groupByLeadDepartment(rows))).toEqual(sum(EVERY_CATEGORY));
  });

  it('names each sector’s lead from the district’s table, and counts a category it does not know as 其他', () => {
    const rows = groupByCategorySector([row('occupancy', 0), row('retired_category', 4)], [{ ...defaultSectorDuty('group_rental'), lead: 'public_security' }]);
    expect(rows).toEqual([
      { sector: 'fire', lead: 'fire', categories: ['other'], total: 5, open: 1, closed: 4, overdue: 0, major: 0 },
      { sector: 'group_rental', lead: 'public_security', categories: ['occupancy'], total: 1, open: 1, closed: 0, overdue: 0, major: 1 },
    ]);
    expect(groupByCategorySector([row('occupancy', 0)], []).map((sectorRow) => sectorRow.lead)).toEqual(['housing']);
  });

  it('serves the dashboard breakdown per sector and per lead department within the caller’s scope', async () => {
    const deps = createInMemoryDeps();
    deps.given.hazard({ town: HUTANG, category: 'occupancy', sector: 'fire' });
    deps.given.hazard({ town: HUTANG, category: 'occupancy', sector: 'group_rental' });
    deps.given.hazard({ town: HUTANG, category: 'structural', sector: 'self_built_house' });
    deps.given.hazard({ town: HUTANG, category: 'gas', sector: 'town_gas', status: 'closed' });
    const office = deps.given.user('district', { districtCode: TEST_DISTRICT });
    const bySector = await getCategoryGroupedBreakdown(deps, office, 'category_sector');
    expect(bySector.map((r) => [r.key, r.total])).toEqual([['group_rental', 2], ['town_gas', 1], ['self_built_house', 1]]);
    expect(await getCategoryGroupedBreakdown(deps, office, 'lead_department')).toEqual([{ key: 'housing', total: 4, open: 3, closed: 1, overdue: 0, major: 0 }]);
    const fireBrigade = deps.given.user('department', { scope: { regionCode: TEST_DISTRICT, gridIds: [], sectors: ['fire'], unitId: null } });
    expect((await getCategoryGroupedBreakdown(deps, fireBrigade, 'category_sector')).map((r) => [r.key, r.total])).toEqual([['group_rental', 1]]);
  });
});
