import { comparePlain, compareNullsLast, nameSortKey } from '../shared/list-order.js';

/**
 * The orders of a campaign's unit list (未检查单位, issue 16). `town_asc` (by town code) is the
 * list's order since it was built and stays the default; names sort by pinyin as the unit
 * registry does; units never inspected come last in both inspection orders; the hazard counts
 * sort most first by default. Ties are broken by unit id (ADR 0108).
 */
export const CAMPAIGN_UNIT_SORTS = [
  'town_asc', 'town_desc', 'name_asc', 'name_desc', 'inspected_desc', 'inspected_asc', 'found_desc', 'found_asc', 'open_desc', 'open_asc',
] as const;
export type CampaignUnitSort = (typeof CAMPAIGN_UNIT_SORTS)[number];
export const DEFAULT_CAMPAIGN_UNIT_SORT: CampaignUnitSort = 'town_asc';

interface CampaignUnitRow {
  readonly unit: { readonly id: string; readonly name: string; readonly townCode: string };
  readonly lastInspectedAt: string | null;
  readonly hazardsFound: number;
  readonly hazardsOpen: number;
}

/** The campaign unit list's order as a comparator over its rows. */
export function compareCampaignUnits(sort: CampaignUnitSort = DEFAULT_CAMPAIGN_UNIT_SORT): (a: CampaignUnitRow, b: CampaignUnitRow) => number {
  const [column, direction] = sort.split('_') as ['town' | 'name' | 'inspected' | 'found' | 'open', 'asc' | 'desc'];
  const sign = direction === 'asc' ? 1 : -1;
  const names = new Map<string, string>();
  const nameKey = (row: CampaignUnitRow) => names.get(row.unit.id) ?? names.set(row.unit.id, nameSortKey(row.unit.name)).get(row.unit.id) as string;
  const byColumn = (a: CampaignUnitRow, b: CampaignUnitRow): number => {
    switch (column) {
      case 'town': return sign * comparePlain(a.unit.townCode, b.unit.townCode);
      case 'name': return sign * comparePlain(nameKey(a), nameKey(b));
      case 'inspected': return compareNullsLast(a.lastInspectedAt, b.lastInspectedAt, direction, comparePlain);
      case 'found': return sign * (a.hazardsFound - b.hazardsFound);
      case 'open': return sign * (a.hazardsOpen - b.hazardsOpen);
    }
  };
  return (a, b) => byColumn(a, b) || sign * comparePlain(a.unit.id, b.unit.id);
}
