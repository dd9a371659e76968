import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { COUNT_CAP, type ListCount, type Page, type PageRequest } from '../shared/pagination.js';
import type { HazardFilter } from './hazard-store.js';
import { viewHazard, type HazardView } from './hazard-view.js';

/** The hazards the actor can see that match `filter`, newest first. */
export async function listHazards(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly filter: HazardFilter; readonly page: PageRequest },
): Promise<Page<HazardView>> {
  const today = shanghaiDate(deps.clock.now());
  const page = await deps.hazards.list(scopeFilterOf(actor), input.filter, input.page, today);
  return {
    items: page.items.map((hazard) => viewHazard(hazard, actor, today, deps.hazardTimePolicy, deps.workingCalendars.forDistrict(hazard.districtCode))),
    nextCursor: page.nextCursor,
  };
}

/** How many hazards the actor can see that match `filter`, up to `COUNT_CAP` (共 N 条 of the list). */
export async function countHazards(deps: CoreDeps, actor: Actor, input: { readonly filter: HazardFilter }): Promise<ListCount> {
  return deps.hazards.count(scopeFilterOf(actor), input.filter, shanghaiDate(deps.clock.now()), COUNT_CAP);
}
