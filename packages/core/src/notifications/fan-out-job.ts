import type { HazardEvent } from '../hazards/hazard.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { fanOutHazardEventRecord } from './fan-out-notifications.js';
import { FAN_OUT_JOB_KIND } from './notification-job-kinds.js';

function eventOf(payload: Readonly<Record<string, unknown>>): HazardEvent {
  const event = payload['event'] as Partial<HazardEvent> | undefined;
  if (!event || typeof event.id !== 'string' || typeof event.hazardId !== 'string' || typeof event.action !== 'string') {
    throw new Error('notifications.fan-out needs the hazard event in its payload (it is enqueued by recordHazardEvent)');
  }
  return event as HazardEvent;
}

/**
 * Turns one hazard timeline event into inbox rows and channel deliveries, then tells the live
 * streams of the recipients. Enqueued by `recordHazardEvent` in the event's transaction, keyed by
 * the event id. Idempotent: rows are keyed by the event, a second run inserts and announces nothing.
 */
export const fanOutNotificationsJob: JobDefinition = {
  kind: FAN_OUT_JOB_KIND,
  async run({ job, deps }) {
    const event = eventOf(job.payload);
    const result = await deps.inTransaction((stores) => fanOutHazardEventRecord(stores, deps, event));
    if (result.recipientIds.length > 0) {
      deps.changes.publish({ kind: 'notification', districtCode: event.districtCode, recipientIds: result.recipientIds, at: deps.clock.now().toISOString() });
    }
  },
};
