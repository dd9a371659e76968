import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import type { InspectionFilter } from '../inspections/inspection-store.js';
import { EXPORT_PAGE_SIZE, instant, label, nameCache, pagesOf, type ExportRow, type ExportTable } from './export-table.js';
import { districtNames } from './export-names.js';

const COLUMNS = ['unit', 'town', 'village', 'sector', 'kind', 'status', 'checklist', 'inspector', 'startedAt', 'finishedAt', 'items', 'failedItems', 'signedBy'] as const;

/** Inspections with the list's filters inside the actor's scope, in the list's sort (newest first by default). */
export async function exportInspections(deps: CoreDeps, actor: Actor, filter: InspectionFilter): Promise<ExportTable> {
  const scope = scopeFilterOf(actor);
  const names = await districtNames(deps, actor.districtCode);
  const units = nameCache((ids) => deps.units.namesOf(actor.districtCode, ids));
  async function* rows(): AsyncGenerator<ExportRow> {
    for await (const page of pagesOf((cursor) => deps.inspections.list(scope, filter, { limit: EXPORT_PAGE_SIZE, cursor }))) {
      await units.load(page.map((inspection) => inspection.unitId));
      for (const inspection of page) {
        yield [
          units.name(inspection.unitId), names.region(inspection.townCode), names.region(inspection.villageCode),
          label('sector', inspection.sector), label('inspectionKind', inspection.kind), label('inspectionStatus', inspection.status),
          `${inspection.checklistCode} v${inspection.checklistVersion}`, inspection.inspectorName,
          instant(inspection.startedAt), instant(inspection.finishedAt), inspection.itemIds.length, inspection.failedItems, inspection.signedBy,
        ];
      }
    }
  }
  return { list: 'inspections', columns: COLUMNS, rows: rows() };
}
