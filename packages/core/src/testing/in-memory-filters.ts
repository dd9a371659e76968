import { isInScope } from '../accounts/scope.js';
import type { Hazard } from '../hazards/hazard.js';
import type { HazardFilter } from '../hazards/hazard-store.js';
import { isOverdue } from '../hazards/hazard-time-policy.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { foldHazardText, searchQueryOf } from '../shared/search-text.js';
import { unitSearchText, type UnitFilter } from '../units/unit-store.js';
import type { Unit } from '../units/unit.js';

/**
 * Every filter of the hazard list, read with core's predicates (scope, overdue), so the store
 * suites hold this to the SQL (ADR 0062); `text` as the SQL reads it (folded text, or the unit's search text).
 */
export function hazardMatches(hazard: Hazard, filter: HazardFilter, today: CalendarDate, unitOf: (id: string) => Unit | undefined = () => undefined): boolean {
  const anyOf = <T>(values: readonly T[] | undefined, value: T) => !values?.length || values.includes(value);
  return anyOf(filter.statuses, hazard.status) && anyOf(filter.levels, hazard.level) && anyOf(filter.sources, hazard.source)
    && anyOf(filter.categories, hazard.category) && anyOf(filter.sectors, hazard.sector)
    && (!filter.regionCode || isInScope({ districtCode: hazard.districtCode, regionCode: filter.regionCode }, hazard))
    && (!filter.gridId || hazard.gridId === filter.gridId)
    && (!filter.unitId || hazard.unitId === filter.unitId)
    && (!filter.assigneeId || hazard.assigneeId === filter.assigneeId)
    && (filter.overdue === undefined || filter.overdue === isOverdue(hazard, today))
    && (!filter.reportedFrom || hazard.reportedAt >= filter.reportedFrom)
    && (!filter.reportedTo || hazard.reportedAt < filter.reportedTo)
    && (!filter.deadlineFrom || (hazard.deadline !== null && hazard.deadline >= filter.deadlineFrom))
    && (!filter.deadlineTo || (hazard.deadline !== null && hazard.deadline <= filter.deadlineTo))
    && (!filter.text || hazardTextMatches(hazard, filter.text, unitOf));
}

/** The hazard search as the SQL does it: folded title or description, or the unit's search text. */
function hazardTextMatches(hazard: Hazard, typed: string, unitOf: (id: string) => Unit | undefined): boolean {
  const fragment = foldHazardText(typed);
  if (foldHazardText(hazard.title).includes(fragment) || foldHazardText(hazard.description).includes(fragment)) return true;
  const unitQuery = searchQueryOf(typed);
  const unit = hazard.unitId === null ? undefined : unitOf(hazard.unitId);
  return unitQuery !== '' && unit !== undefined && unitSearchText(unit).includes(unitQuery);
}

/** The unit filters a fake can read; the pinyin name order and risk colours it cannot (it throws). */
export function unitMatches(unit: Unit, filter: UnitFilter): boolean {
  const anyOf = <T>(values: readonly T[] | undefined, value: T) => !values?.length || values.includes(value);
  const text = searchQueryOf(filter.text);
  return anyOf(filter.kinds, unit.kind) && anyOf(filter.sectors, unit.sector) && anyOf(filter.statuses, unit.status)
    && (!filter.tags?.length || filter.tags.some((tag) => unit.riskTags.includes(tag)))
    && (!filter.regionCode || isInScope({ districtCode: unit.districtCode, regionCode: filter.regionCode }, { ...unit, unitId: unit.id }))
    && (!filter.gridId || unit.gridId === filter.gridId)
    && (!filter.parentId || unit.parentId === filter.parentId)
    && (!text || unitSearchText(unit).includes(text));
}
