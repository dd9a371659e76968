import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { COUNT_CAP, type ListCount, type Page, type PageRequest } from '../shared/pagination.js';
import type { Unit, UnitChange } from './unit.js';
import { unitNotFound } from './unit-errors.js';
import type { UnitFilter } from './unit-store.js';

/** One unit inside the actor's scope. */
export async function getUnit(deps: CoreDeps, actor: Actor, unitId: string): Promise<Unit> {
  const unit = await deps.units.findById(unitId, scopeFilterOf(actor));
  if (!unit) throw unitNotFound(unitId);
  return unit;
}

/** Units the actor can see that match `filter`. */
export async function listUnits(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly filter: UnitFilter; readonly page: PageRequest },
): Promise<Page<Unit>> {
  return deps.units.list(scopeFilterOf(actor), { ...input.filter, asOf: shanghaiDate(deps.clock.now()) }, input.page);
}

/** The change history of a unit the actor can see, oldest first. */
export async function listUnitChanges(deps: CoreDeps, actor: Actor, unitId: string): Promise<UnitChange[]> {
  const unit = await getUnit(deps, actor, unitId);
  return deps.units.listChanges(unit.id, unit.districtCode);
}

/** How many units the actor can see that match `filter`, up to `COUNT_CAP` (共 N 条 of the list). */
export async function countUnits(deps: CoreDeps, actor: Actor, input: { readonly filter: UnitFilter }): Promise<ListCount> {
  return deps.units.count(scopeFilterOf(actor), { ...input.filter, asOf: shanghaiDate(deps.clock.now()) }, COUNT_CAP);
}
