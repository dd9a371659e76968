import type { CoreDeps, Stores } from '../deps.js';
import type { HazardEvent } from './hazard.js';

/**
 * Writes one line of a hazard's timeline inside the caller's transaction. Every timeline event
 * goes through here, so whatever must follow an event (notifications, issue 11) is added in one
 * place and commits with the event or not at all.
 */
export async function recordHazardEvent(
  stores: Stores,
  _deps: Pick<CoreDeps, 'ids' | 'clock'>,
  event: HazardEvent,
): Promise<void> {
  await stores.hazardEvents.append(event);
}
