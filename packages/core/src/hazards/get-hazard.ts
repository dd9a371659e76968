import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import type { HazardEvent } from './hazard.js';
import { hazardNotFound } from './hazard-errors.js';
import { viewHazard, type HazardView } from './hazard-view.js';

/** One hazard inside the actor's scope, with its derived overdue state and available actions. */
export async function getHazard(deps: CoreDeps, actor: Actor, hazardId: string): Promise<HazardView> {
  const hazard = await deps.hazards.findById(hazardId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(hazardId);
  return viewHazard(hazard, actor, shanghaiDate(deps.clock.now()), deps.hazardTimePolicy, deps.workingCalendars.forDistrict(hazard.districtCode));
}

/** The timeline of a hazard the actor can see, oldest first. */
export async function listHazardEvents(deps: CoreDeps, actor: Actor, hazardId: string): Promise<HazardEvent[]> {
  const hazard = await deps.hazards.findById(hazardId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(hazardId);
  return deps.hazardEvents.listForHazard(hazard.id, hazard.districtCode);
}
