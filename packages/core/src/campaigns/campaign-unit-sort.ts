import { defineListSort } from '../shared/keyset-sort.js';
import { nameSortKey } from '../shared/list-order.js';

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

const campaignUnitSort = defineListSort({
  sorts: CAMPAIGN_UNIT_SORTS,
  defaultSort: DEFAULT_CAMPAIGN_UNIT_SORT,
  columns: {
    town: { read: (row: CampaignUnitRow) => row.unit.townCode },
    name: { read: (row: CampaignUnitRow) => nameSortKey(row.unit.name), cached: true },
    inspected: { read: (row: CampaignUnitRow) => row.lastInspectedAt },
    found: { read: (row: CampaignUnitRow) => row.hazardsFound },
    open: { read: (row: CampaignUnitRow) => row.hazardsOpen },
  },
  idOf: (row) => row.unit.id,
});

/** The campaign unit list's order as a comparator over its rows. */
export const compareCampaignUnits = campaignUnitSort.compare;
