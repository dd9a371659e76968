import type { Actor } from '../accounts/actor.js';
import type { CampaignUnitSort } from '../campaigns/campaign-unit-sort.js';
import { listCampaignUnits, type CampaignUnitState } from '../campaigns/read-campaigns.js';
import type { CoreDeps } from '../deps.js';
import { EXPORT_PAGE_SIZE, instant, label, pagesOf, yesNo, type ExportRow, type ExportTable } from './export-table.js';
import { districtNames } from './export-names.js';

const COLUMNS = ['unit', 'kind', 'status', 'town', 'village', 'inspected', 'lastInspectedAt', 'hazardsFound', 'hazardsOpen'] as const;

/** A campaign's units in the actor's scope (not yet inspected by default), as its table shows them, in its sort. */
export async function exportCampaignUnits(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly campaignId: string; readonly state?: CampaignUnitState | undefined; readonly townCode?: string | undefined; readonly sort?: CampaignUnitSort | undefined },
): Promise<ExportTable> {
  const names = await districtNames(deps, actor.districtCode);
  // Reads the campaign once up front, so an unknown campaign fails before the file starts.
  const first = await listCampaignUnits(deps, actor, { ...input, page: { limit: EXPORT_PAGE_SIZE } });
  async function* rows(): AsyncGenerator<ExportRow> {
    const pages = pagesOf((cursor) => (cursor === undefined ? Promise.resolve(first) : listCampaignUnits(deps, actor, { ...input, page: { limit: EXPORT_PAGE_SIZE, cursor } })));
    for await (const page of pages) {
      for (const entry of page) {
        yield [
          entry.unit.name, label('unitKind', entry.unit.kind), label('unitStatus', entry.unit.status),
          names.region(entry.unit.townCode), names.region(entry.unit.villageCode), yesNo(entry.inspected),
          instant(entry.lastInspectedAt), entry.hazardsFound, entry.hazardsOpen,
        ];
      }
    }
  }
  return { list: 'campaign_units', columns: COLUMNS, rows: rows() };
}
