import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { hazardChangeOf } from '../changes/change-feed.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { refreshUnitRisk } from '../risk/refresh-unit-risk.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { assignHazard } from './assign-hazard.js';
import { closeHazard } from './close-hazard.js';
import { dismissHazard } from './dismiss-hazard.js';
import { extendHazard } from './extend-hazard.js';
import type { Hazard } from './hazard.js';
import type { HazardActionContext, HazardActionInput, HazardActionOutcome, HazardActionStep } from './hazard-action.js';
import {
  hazardActionNotAllowedInStatus,
  hazardActionRefused,
  hazardChangedConcurrently,
  hazardNotFound,
} from './hazard-errors.js';
import { hazardActionRefusal } from './hazard-policy.js';
import { nextHazardStatus, type HazardAction } from './hazard-status.js';
import { recordHazardEvent } from './record-hazard-event.js';
import { viewHazard, type HazardView } from './hazard-view.js';
import { reassignHazard } from './reassign-hazard.js';
import { returnHazard } from './return-hazard.js';
import { reviewHazard } from './review-hazard.js';
import { submitHazard } from './submit-hazard.js';

const STEPS: { readonly [A in HazardAction]: HazardActionStep<A> } = {
  assign: assignHazard,
  dismiss: dismissHazard,
  submit: submitHazard,
  extend: extendHazard,
  reassign: reassignHazard,
  close: closeHazard,
  return: returnHazard,
  review: reviewHazard,
};

export interface ActOnHazardInput {
  readonly hazardId: string;
  /** When given, the action is refused if the hazard changed since the client read it. */
  readonly expectedVersion?: number | undefined;
  readonly action: HazardActionInput;
}

/**
 * Takes one lifecycle action on a hazard inside the caller's transaction: out of scope → not found;
 * not this actor's to take → permission denied; not allowed in the current state → conflict. The
 * change and its event are written together.
 */
export async function actOnHazardRecord(stores: Stores, context: WriteContext, input: ActOnHazardInput): Promise<HazardView> {
  const { deps, actor } = context;
  const nowDate = context.now;
  const now = nowDate.toISOString();
  const today = shanghaiDate(nowDate);
  const { action } = input.action;
  const hazard = await stores.hazards.findById(input.hazardId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(input.hazardId);
  const refusal = hazardActionRefusal(actor, action, hazard);
  if (refusal) throw hazardActionRefused(action, refusal);
  const toStatus = nextHazardStatus(hazard.status, action);
  if (!toStatus) throw hazardActionNotAllowedInStatus(action, hazard.status);
  if (input.expectedVersion !== undefined && input.expectedVersion !== hazard.version) {
    throw hazardChangedConcurrently(hazard.id);
  }

  const stepContext: HazardActionContext = { deps, stores, actor, now, today };
  const outcome = await runStep(stepContext, hazard, input.action);
  const next: Hazard = { ...outcome.hazard, status: toStatus, updatedAt: now, version: hazard.version + 1 };
  if (!(await stores.hazards.update(next, hazard.version))) throw hazardChangedConcurrently(hazard.id);
  const photoIds = outcome.photoIds ?? [];
  await stores.hazards.linkPhotos(next, photoIds);
  await recordHazardEvent(stores, deps, {
    id: deps.ids.newId(),
    hazardId: hazard.id,
    districtCode: hazard.districtCode,
    action,
    fromStatus: hazard.status,
    toStatus,
    actorId: actor.userId,
    actorName: actor.displayName,
    actorRole: actor.role,
    at: now,
    note: input.action.note?.trim() || null,
    photoIds,
    details: outcome.details ?? {},
  });
  await refreshUnitRisk(stores, { unitId: next.unitId, districtCode: next.districtCode, now: nowDate, ids: deps.ids });
  return viewHazard(next, actor, today, deps.hazardTimePolicy, deps.workingCalendars.forDistrict(next.districtCode));
}

/** Takes one lifecycle action on a hazard in one transaction, then tells live views. */
export async function actOnHazard(deps: CoreDeps, actor: Actor, input: ActOnHazardInput): Promise<HazardView> {
  const context = writeContext(deps, actor);
  const view = await deps.inTransaction((stores) => actOnHazardRecord(stores, context, input));
  deps.changes.publish(hazardChangeOf(view, input.action.action, context.now.toISOString()));
  return view;
}

function runStep(context: HazardActionContext, hazard: Hazard, input: HazardActionInput): Promise<HazardActionOutcome> {
  // The union is narrowed by `action`; TypeScript cannot correlate the table entry with it.
  const step = STEPS[input.action] as HazardActionStep<HazardAction>;
  return step(context, hazard, input as never);
}
