import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import type { HazardEvent } from '../hazards/hazard.js';
import { hazardNotFound } from '../hazards/hazard-errors.js';
import { isOpenStatus } from '../hazards/hazard-status.js';
import { recordHazardEvent } from '../hazards/record-hazard-event.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';

export interface UrgeHazardInput {
  readonly hazardId: string;
  readonly note: string;
}

/** Longest 催办 note. */
export const MAX_URGE_NOTE_LENGTH = 500;

/** Who may 催办 by hand: the district and the sector departments (on hazards in their scope). */
export function mayUrge(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'district' || actor.role === 'department';
}

/** 催办 by hand: a timeline event with a required note on any open hazard in the actor's scope. */
export async function urgeHazardRecord(stores: Stores, context: WriteContext, input: UrgeHazardInput): Promise<HazardEvent> {
  const { deps, actor } = context;
  if (!mayUrge(actor)) throw new DomainError('permission_denied', 'hazard.urge_refused', 'Only district and department users send a 催办.');
  const note = input.note.trim();
  if (!note) throw invalidInput([{ path: '/note', code: 'required' }]);
  if (note.length > MAX_URGE_NOTE_LENGTH) throw invalidInput([{ path: '/note', code: 'too_long', params: { limit: MAX_URGE_NOTE_LENGTH } }]);
  const hazard = await stores.hazards.findById(input.hazardId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(input.hazardId);
  if (!isOpenStatus(hazard.status)) throw new DomainError('conflict', 'hazard.urge_closed', 'A closed or dismissed hazard is not urged.', { status: hazard.status });
  const event: HazardEvent = {
    id: deps.ids.newId(),
    hazardId: hazard.id,
    districtCode: hazard.districtCode,
    action: 'urge',
    fromStatus: hazard.status,
    toStatus: hazard.status,
    actorId: actor.userId,
    actorName: actor.displayName,
    actorRole: actor.role,
    at: context.now.toISOString(),
    note,
    photoIds: [],
    details: { deadline: hazard.deadline },
  };
  await recordHazardEvent(stores, deps, event);
  return event;
}

export async function urgeHazard(deps: CoreDeps, actor: Actor, input: UrgeHazardInput): Promise<HazardEvent> {
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => urgeHazardRecord(stores, context, input));
}
