import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { hazardNotFound } from '../hazards/hazard-errors.js';
import { viewHazard, type HazardView } from '../hazards/hazard-view.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { MAX_PAGE_SIZE, type Page, type PageRequest } from '../shared/pagination.js';
import type { HazardSupervision, SupervisionFilter } from './supervision.js';

/** The supervision of a hazard the actor can see (listed or delisted), or null. */
export async function getHazardSupervision(deps: CoreDeps, actor: Actor, hazardId: string): Promise<HazardSupervision | null> {
  const hazard = await deps.hazards.findById(hazardId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(hazardId);
  return (await deps.supervisions.find(hazard.id, hazard.districtCode)) ?? null;
}

export interface SupervisionListItem {
  readonly supervision: HazardSupervision;
  readonly hazard: HazardView;
}

/** 督办 list: the district office sees the district's, a town its own, a department its sectors'. */
export async function listSupervisions(deps: CoreDeps, actor: Actor, filter: SupervisionFilter, page: PageRequest): Promise<Page<SupervisionListItem>> {
  const today = shanghaiDate(deps.clock.now());
  const result = await deps.supervisions.list(scopeFilterOf(actor), filter, { ...page, limit: Math.min(Math.max(1, page.limit), MAX_PAGE_SIZE) });
  return {
    items: result.items.map(({ supervision, hazard }) => ({
      supervision,
      hazard: viewHazard(hazard, actor, today, deps.hazardTimePolicy, deps.workingCalendars.forDistrict(hazard.districtCode)),
    })),
    nextCursor: result.nextCursor,
  };
}
