import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import type { HazardFilter } from '../hazards/hazard-store.js';
import { viewHazard } from '../hazards/hazard-view.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { date, EXPORT_PAGE_SIZE, instant, label, nameCache, pagesOf, type ExportRow, type ExportTable } from './export-table.js';
import { districtNames } from './export-names.js';

const COLUMNS = [
  'title', 'unit', 'town', 'village', 'sector', 'category', 'level', 'source', 'status',
  'foundAt', 'reportedAt', 'deadline', 'daysOverdue', 'escalation', 'assignee', 'closedAt', 'legalBasis', 'description',
] as const;

/** The hazard list with its filters, inside the actor's scope, newest first: every page, streamed. */
export async function exportHazards(deps: CoreDeps, actor: Actor, filter: HazardFilter): Promise<ExportTable> {
  const scope = scopeFilterOf(actor);
  const today = shanghaiDate(deps.clock.now());
  const names = await districtNames(deps, actor.districtCode);
  const units = nameCache((ids) => deps.units.namesOf(actor.districtCode, ids));
  const calendar = deps.workingCalendars.forDistrict(actor.districtCode);
  async function* rows(): AsyncGenerator<ExportRow> {
    for await (const page of pagesOf((cursor) => deps.hazards.list(scope, filter, { limit: EXPORT_PAGE_SIZE, cursor }, today))) {
      await units.load(page.map((hazard) => hazard.unitId));
      for (const hazard of page) {
        const view = viewHazard(hazard, actor, today, deps.hazardTimePolicy, calendar);
        yield [
          view.title, units.name(view.unitId), names.region(view.townCode), names.region(view.villageCode),
          label('sector', view.sector), label('hazardCategory', view.category), label('hazardLevel', view.level),
          label('hazardSource', view.source), label('hazardStatus', view.status),
          instant(view.foundAt), instant(view.reportedAt), date(view.deadline), view.isOverdue ? view.daysOverdue : null,
          label('escalation', view.escalation), names.user(view.assigneeId), instant(view.closedAt), view.legalBasis, view.description,
        ];
      }
    }
  }
  return { list: 'hazards', columns: COLUMNS, rows: rows() };
}
