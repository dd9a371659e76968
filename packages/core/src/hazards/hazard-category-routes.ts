import { SECTORS, SECTOR_DEPARTMENT, type Department, type Sector } from '../units/unit-catalog.js';
import type { HazardCategory } from './hazard.js';

/**
 * The one table of where a hazard category belongs (issue 15): the sector a hazard of that category
 * goes to when nothing else names one (a public report, a street hazard without a unit), and the
 * sectors in which it occurs at all. Departments are not repeated: they follow from the sector
 * through the district's 三管三必须 table (SECTOR_DEPARTMENT by default, ADR 0085). Public reports
 * route by it, the web pre-selects the sector from it, and reports group by it.
 */
export const HAZARD_CATEGORY_ROUTES: Readonly<Record<HazardCategory, { readonly sector: Sector; readonly occursIn: readonly Sector[] | 'all' }>> = {
  fire_safety: { sector: 'fire', occursIn: 'all' },
  fire_lane: { sector: 'fire', occursIn: 'all' },
  electrical: { sector: 'fire', occursIn: 'all' },
  gas: { sector: 'town_gas', occursIn: 'all' },
  dust_explosion: { sector: 'industry_trade', occursIn: ['industry_trade', 'commerce'] },
  hazardous_chemicals: { sector: 'hazardous_chemicals', occursIn: ['hazardous_chemicals', 'industry_trade', 'road_transport', 'education', 'health', 'commerce'] },
  structural: { sector: 'self_built_house', occursIn: 'all' },
  special_equipment: { sector: 'special_equipment', occursIn: 'all' },
  confined_space: { sector: 'industry_trade', occursIn: ['industry_trade', 'hazardous_chemicals', 'construction', 'town_gas', 'commerce'] },
  construction: { sector: 'construction', occursIn: ['construction'] },
  occupancy: { sector: 'group_rental', occursIn: ['group_rental', 'fire', 'self_built_house', 'industry_trade', 'commerce'] },
  management: { sector: 'industry_trade', occursIn: 'all' },
  // 其他: the fire sector's town grid sorts it out (as public reports always did).
  other: { sector: 'fire', occursIn: 'all' },
};

/** The sector and its default lead department for a hazard of `category` that names no sector. */
export function routeHazardCategory(category: HazardCategory): { sector: Sector; department: Department } {
  const { sector } = HAZARD_CATEGORY_ROUTES[category];
  return { sector, department: SECTOR_DEPARTMENT[sector] };
}

/** The sectors in which `category` occurs. */
export function sectorsOfCategory(category: HazardCategory): readonly Sector[] {
  const { occursIn } = HAZARD_CATEGORY_ROUTES[category];
  return occursIn === 'all' ? SECTORS : occursIn;
}
