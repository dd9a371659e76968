import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { listPatrolUnits } from '../risk/list-patrols.js';
import type { PatrolState } from '../risk/patrol-schedule.js';
import type { PatrolSort } from '../risk/patrol-sort.js';
import { date, EXPORT_PAGE_SIZE, label, pagesOf, type ExportRow, type ExportTable } from './export-table.js';
import { districtNames } from './export-names.js';

const COLUMNS = ['unit', 'kind', 'town', 'village', 'riskLevel', 'intervalDays', 'lastVisitedOn', 'dueOn', 'state'] as const;

/** Units to patrol as the patrol list shows them (late and due by default), in the list's sort (most overdue first by default). */
export async function exportPatrols(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly gridWorkerId?: string | undefined; readonly states?: readonly PatrolState[] | undefined; readonly sort?: PatrolSort | undefined },
): Promise<ExportTable> {
  const names = await districtNames(deps, actor.districtCode);
  const first = await listPatrolUnits(deps, actor, { ...input, page: { limit: EXPORT_PAGE_SIZE } });
  async function* rows(): AsyncGenerator<ExportRow> {
    const pages = pagesOf((cursor) => (cursor === undefined ? Promise.resolve(first) : listPatrolUnits(deps, actor, { ...input, page: { limit: EXPORT_PAGE_SIZE, cursor } })));
    for await (const page of pages) {
      for (const { unit, status } of page) {
        yield [
          unit.name, label('unitKind', unit.kind), names.region(unit.townCode), names.region(unit.villageCode),
          label('riskLevel', status.level), status.intervalDays, date(status.lastVisitedOn), date(status.dueOn), label('patrolState', status.state),
        ];
      }
    }
  }
  return { list: 'patrols', columns: COLUMNS, rows: rows() };
}
