import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { HAZARD_CATEGORY_ROUTES } from '../hazards/hazard-category-routes.js';
import { HAZARD_CATEGORIES, type HazardCategory } from '../hazards/hazard.js';
import { sectorDutyTable, type SectorDuty } from '../sector-duties/sector-duties.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { SECTORS, type Department, type Sector } from '../units/unit-catalog.js';
import type { BreakdownRow } from './dashboard-store.js';

/**
 * Reports group hazards the way the one category table routes them (ADR 0085, 0096): each hazard
 * category falls to its sector in HAZARD_CATEGORY_ROUTES, and each sector to its lead department in
 * the district's 三管三必须 table. The 通报 and the dashboard's breakdown read these groupings, so
 * routing, the web's choices and the reports share one definition.
 */
export const CATEGORY_GROUPINGS = ['category_sector', 'lead_department'] as const;
export type CategoryGrouping = (typeof CATEGORY_GROUPINGS)[number];

/** One sector's hazards as the category table groups them, with its lead department. */
export interface SectorBreakdownRow extends Omit<BreakdownRow, 'key'> {
  readonly sector: Sector;
  readonly lead: Department;
  readonly categories: readonly HazardCategory[];
}

const isCategory = (key: string): key is HazardCategory => (HAZARD_CATEGORIES as readonly string[]).includes(key);

/**
 * Folds per-category counts into one row per sector (SECTORS order, sectors without hazards left
 * out). A stored category the table does not know counts as 其他, so every hazard lands in a row.
 */
export function groupByCategorySector(categoryRows: readonly BreakdownRow[], duties: readonly SectorDuty[]): SectorBreakdownRow[] {
  const rows = new Map<Sector, { open: number; overdue: number; major: number; closed: number; total: number; categories: Set<HazardCategory> }>();
  for (const row of categoryRows) {
    const category: HazardCategory = isCategory(row.key) ? row.key : 'other';
    const { sector } = HAZARD_CATEGORY_ROUTES[category];
    const sum = rows.get(sector) ?? { open: 0, overdue: 0, major: 0, closed: 0, total: 0, categories: new Set<HazardCategory>() };
    sum.open += row.open;
    sum.overdue += row.overdue;
    sum.major += row.major;
    sum.closed += row.closed;
    sum.total += row.total;
    sum.categories.add(category);
    rows.set(sector, sum);
  }
  const table = sectorDutyTable(duties);
  const leadOf = (sector: Sector) => table.find((duty) => duty.sector === sector)?.lead as Department;
  return SECTORS.flatMap((sector) => {
    const sum = rows.get(sector);
    if (!sum) return [];
    const { categories, ...counts } = sum;
    return [{ sector, lead: leadOf(sector), categories: HAZARD_CATEGORIES.filter((category) => categories.has(category)), ...counts }];
  });
}

/** The sector rows summed per lead department, largest total first (then by department code). */
export function groupByLeadDepartment(sectorRows: readonly SectorBreakdownRow[]): BreakdownRow[] {
  const rows = new Map<Department, { open: number; overdue: number; major: number; closed: number; total: number }>();
  for (const row of sectorRows) {
    const sum = rows.get(row.lead) ?? { open: 0, overdue: 0, major: 0, closed: 0, total: 0 };
    sum.open += row.open;
    sum.overdue += row.overdue;
    sum.major += row.major;
    sum.closed += row.closed;
    sum.total += row.total;
    rows.set(row.lead, sum);
  }
  return [...rows].map(([key, counts]) => ({ key, ...counts })).sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

/** The actor's hazards grouped through the category table: per sector, or per lead department. */
export async function getCategoryGroupedBreakdown(deps: Pick<CoreDeps, 'clock' | 'dashboard' | 'sectorDuties'>, actor: Actor, grouping: CategoryGrouping): Promise<BreakdownRow[]> {
  const categoryRows = await deps.dashboard.breakdown(scopeFilterOf(actor), 'category', shanghaiDate(deps.clock.now()));
  const sectorRows = groupByCategorySector(categoryRows, await deps.sectorDuties.list(actor.districtCode));
  if (grouping === 'lead_department') return groupByLeadDepartment(sectorRows);
  // Largest total first; ties keep SECTORS order (the sort is stable).
  return sectorRows.map(({ sector, lead: _lead, categories: _categories, ...counts }) => ({ key: sector, ...counts })).sort((a, b) => b.total - a.total);
}
