import type { CoreDeps, Stores } from '../deps.js';
import { enqueueJob } from '../jobs/job-definition.js';
import { FAN_OUT_JOB_KIND } from '../notifications/notification-job-kinds.js';
import { actionNotifies } from '../notifications/notification-rules.js';
import type { HazardEvent } from './hazard.js';

/**
 * Writes one line of a hazard's timeline inside the caller's transaction. Every timeline event
 * goes through here, so whatever must follow an event is added in one place and commits with the
 * event or not at all: an event someone must be told of also enqueues its notification fan-out
 * (one job row keyed by the event, ADR 0065), which finds the recipients after the commit.
 */
export async function recordHazardEvent(
  stores: Stores,
  deps: Pick<CoreDeps, 'ids' | 'clock'>,
  event: HazardEvent,
): Promise<void> {
  await stores.hazardEvents.append(event);
  if (actionNotifies(event.action)) {
    await enqueueJob(stores, deps, { kind: FAN_OUT_JOB_KIND, districtCode: event.districtCode, payload: { event }, dedupeKey: `event:${event.id}` });
  }
}
