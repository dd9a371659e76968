import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import type { UnitFilter } from '../units/unit-store.js';
import { EXPORT_PAGE_SIZE, instant, label, labels, pagesOf, type ExportRow, type ExportTable } from './export-table.js';
import { districtNames } from './export-names.js';

const COLUMNS = [
  'name', 'creditCode', 'kind', 'sector', 'department', 'town', 'village', 'address', 'riskTags',
  'employees', 'floorArea', 'contact', 'phone', 'status', 'createdAt',
] as const;

/** The unit registry (台账) with the list's filters and order, inside the actor's scope. */
export async function exportUnits(deps: CoreDeps, actor: Actor, filter: UnitFilter): Promise<ExportTable> {
  const scope = scopeFilterOf(actor);
  const names = await districtNames(deps, actor.districtCode);
  const asOf = shanghaiDate(deps.clock.now());
  async function* rows(): AsyncGenerator<ExportRow> {
    for await (const page of pagesOf((cursor) => deps.units.list(scope, { ...filter, asOf }, { limit: EXPORT_PAGE_SIZE, cursor }))) {
      for (const unit of page) {
        const contact = unit.contacts[0];
        yield [
          unit.name, unit.creditCode, label('unitKind', unit.kind), label('sector', unit.sector), label('department', unit.department),
          names.region(unit.townCode), names.region(unit.villageCode), unit.address, labels('riskTag', unit.riskTags),
          unit.employees, unit.floorArea, contact ? `${contact.name}（${contact.role}）` : null, contact?.phone ?? null,
          label('unitStatus', unit.status), instant(unit.createdAt),
        ];
      }
    }
  }
  return { list: 'units', columns: COLUMNS, rows: rows() };
}
