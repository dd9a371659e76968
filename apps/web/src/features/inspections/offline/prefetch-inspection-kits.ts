import type { ChecklistResponse, UnitResponse } from '@safegrid/contracts';
import { NetworkError } from '../../../shared/api-client';
import { keepInspectionKits, type InspectionKit } from './inspection-kit';

/** At most this many distinct checklists are fetched ahead (local storage holds a few megabytes). */
export const PREFETCH_MAX_CHECKLISTS = 15;
/** At most this many units are fetched ahead per run. */
export const PREFETCH_MAX_UNITS = 20;

export interface PrefetchDeps {
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly userId: string;
  readonly fetchUnit: (unitId: string) => Promise<UnitResponse>;
  /** The checklists usable on the unit, with the items that apply (GET /checklists?unitId=…). */
  readonly fetchChecklists: (unitId: string) => Promise<ChecklistResponse[]>;
  readonly now: () => Date;
}

/**
 * Keeps, while there is signal, what inspecting each of these units needs without it (ADR 0094,
 * amended 2026-12-11): the units of 我的任务 and those opened lately, in that order, so a worker who
 * loses signal before opening the start page can still inspect them. Bounded: at most
 * PREFETCH_MAX_UNITS units, and a unit is skipped when its checklists would take the distinct
 * checklists kept past PREFETCH_MAX_CHECKLISTS. A unit that cannot be fetched is skipped; a lost
 * connection ends the run. Answers the kits kept.
 */
export async function prefetchInspectionKits(deps: PrefetchDeps, unitIds: readonly string[]): Promise<InspectionKit[]> {
  const distinct = [...new Set(unitIds.filter(Boolean))].slice(0, PREFETCH_MAX_UNITS);
  const checklistIds = new Set<string>();
  const kits: InspectionKit[] = [];
  for (const unitId of distinct) {
    let unit: UnitResponse;
    let checklists: ChecklistResponse[];
    try {
      [unit, checklists] = await Promise.all([deps.fetchUnit(unitId), deps.fetchChecklists(unitId)]);
    } catch (error) {
      if (error instanceof NetworkError) break;
      continue;
    }
    const added = checklists.filter((checklist) => !checklistIds.has(checklist.id));
    if (checklists.length === 0 || checklistIds.size + added.length > PREFETCH_MAX_CHECKLISTS) continue;
    for (const checklist of added) checklistIds.add(checklist.id);
    const { id, name, address, location } = unit;
    kits.push({ unit: { id, name, address, location }, checklists, savedAt: deps.now().toISOString() });
  }
  keepInspectionKits(deps.storage, deps.userId, kits);
  return kits;
}
