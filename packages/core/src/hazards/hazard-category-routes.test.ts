import { describe, expect, it } from 'vitest';
import { PUBLIC_REPORT_CATEGORY_CODES, routePublicCategory } from '../public-reports/public-report-categories.js';
import { HAZARD_CATEGORIES } from './hazard.js';
import { HAZARD_CATEGORY_ROUTES, routeHazardCategory, sectorsOfCategory } from './hazard-category-routes.js';

describe('the one table of hazard categories → sectors → departments (issue 15)', () => {
  it('covers every category, and each default sector is one the category occurs in', () => {
    expect(Object.keys(HAZARD_CATEGORY_ROUTES).sort()).toEqual([...HAZARD_CATEGORIES].sort());
    for (const category of HAZARD_CATEGORIES) expect(sectorsOfCategory(category)).toContain(HAZARD_CATEGORY_ROUTES[category].sector);
  });

  // The routes public reports had when each carried its own sector; routing through the table keeps them.
  it.each([
    ['fire_lane_blocked', 'fire_lane', 'fire', 'fire'],
    ['fire_equipment_damaged', 'fire_safety', 'fire', 'fire'],
    ['e_bike_charging', 'electrical', 'fire', 'fire'],
    ['group_rental', 'occupancy', 'group_rental', 'housing'],
    ['gas', 'gas', 'town_gas', 'housing'],
    ['small_venue', 'fire_safety', 'fire', 'fire'],
    ['dust', 'dust_explosion', 'industry_trade', 'emergency'],
    ['construction', 'construction', 'construction', 'housing'],
    ['other', 'other', 'fire', 'fire'],
  ] as const)('a public report of %s becomes %s in sector %s (lead %s)', (code, hazardCategory, sector, department) => {
    expect(routePublicCategory(code)).toEqual({ hazardCategory, sector, department });
    expect(routeHazardCategory(hazardCategory)).toEqual({ sector, department });
  });

  it('lists every public report category in the table above', () => {
    expect(PUBLIC_REPORT_CATEGORY_CODES).toHaveLength(9);
  });
});
