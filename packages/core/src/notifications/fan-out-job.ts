import type { CoreDeps, Stores } from '../deps.js';
import type { HazardEvent } from '../hazards/hazard.js';
import type { Job } from '../jobs/job.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { fanOutCampaignRecord, fanOutHazardEventRecord, fanOutTenantReviewRecord, type FanOutResult } from './fan-out-notifications.js';
import { FAN_OUT_JOB_KIND } from './notification-job-kinds.js';
import { dutyNoticeOf, fanOutDutyNoticeRecord } from './fan-out-duty-notice.js';

function eventOf(value: unknown): HazardEvent {
  const event = value as Partial<HazardEvent> | undefined;
  if (!event || typeof event.id !== 'string' || typeof event.hazardId !== 'string' || typeof event.action !== 'string') {
    throw new Error('notifications.fan-out: the payload\'s event is not a hazard event');
  }
  return event as HazardEvent;
}

/** Most fan-out jobs one transaction carries (ADR 0116). */
export const FAN_OUT_BATCH_SIZE = 16;

/**
 * Turns one source into inbox rows and channel deliveries, then tells the live streams of the
 * recipients. Runs in batches (ADR 0116). Sources, each enqueued in its write's transaction: a hazard timeline event
 * (`{event}`, by `recordHazardEvent`), a new campaign (`{campaignId}`), a tenant review applied for
 * (`{tenantReviewId}`), a duty notice (`{dutyNotice}`: 迟报, warning events, task lists, rosters; ADR 0082). Idempotent: rows are keyed by the source, a second run inserts and
 * announces nothing.
 */
export const fanOutNotificationsJob: JobDefinition = {
  kind: FAN_OUT_JOB_KIND,
  async run({ job, deps }) {
    const announce = await deps.inTransaction((stores) => fanOutJobRecord(stores, deps, job));
    announce?.();
  },
  // A hazard event's fan-out is a few reads and inserts: batched, one commit carries many (ADR 0116).
  batch: { size: FAN_OUT_BATCH_SIZE, runInTransaction: fanOutJobRecord },
};

/** One fan-out job's writes on the caller's transaction; returns the announcement to make after it commits. */
async function fanOutJobRecord(stores: Stores, deps: CoreDeps, job: Job): Promise<(() => void) | undefined> {
  const { payload, districtCode } = job;
  const result = await fanOutPayload(stores, deps, payload, districtCode);
  if (result.recipientIds.length === 0) return undefined;
  return () => deps.changes.publish({ kind: 'notification', districtCode, recipientIds: result.recipientIds, at: deps.clock.now().toISOString() });
}

function fanOutPayload(stores: Stores, deps: CoreDeps, payload: Job['payload'], districtCode: string): Promise<FanOutResult> {
  if (payload['event'] !== undefined) return fanOutHazardEventRecord(stores, deps, eventOf(payload['event']));
  if (typeof payload['campaignId'] === 'string') return fanOutCampaignRecord(stores, deps, districtCode, payload['campaignId']);
  if (typeof payload['tenantReviewId'] === 'string') return fanOutTenantReviewRecord(stores, deps, districtCode, payload['tenantReviewId']);
  if (payload['dutyNotice'] !== undefined) return fanOutDutyNoticeRecord(stores, deps, dutyNoticeOf(payload['dutyNotice']));
  throw new Error('notifications.fan-out needs an event, a campaignId, a tenantReviewId or a dutyNotice in its payload');
}
