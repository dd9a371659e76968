import type { HazardEvent } from '../hazards/hazard.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { fanOutCampaignRecord, fanOutHazardEventRecord, fanOutTenantReviewRecord } from './fan-out-notifications.js';
import { FAN_OUT_JOB_KIND } from './notification-job-kinds.js';
import { dutyNoticeOf, fanOutDutyNoticeRecord } from './fan-out-duty-notice.js';

function eventOf(value: unknown): HazardEvent {
  const event = value as Partial<HazardEvent> | undefined;
  if (!event || typeof event.id !== 'string' || typeof event.hazardId !== 'string' || typeof event.action !== 'string') {
    throw new Error('notifications.fan-out: the payload\'s event is not a hazard event');
  }
  return event as HazardEvent;
}

/**
 * Turns one source into inbox rows and channel deliveries, then tells the live streams of the
 * recipients. Sources, each enqueued in its write's transaction: a hazard timeline event
 * (`{event}`, by `recordHazardEvent`), a new campaign (`{campaignId}`), a tenant review applied for
 * (`{tenantReviewId}`), a duty notice (`{dutyNotice}`: 迟报, warning events, task lists, rosters; ADR 0082). Idempotent: rows are keyed by the source, a second run inserts and
 * announces nothing.
 */
export const fanOutNotificationsJob: JobDefinition = {
  kind: FAN_OUT_JOB_KIND,
  async run({ job, deps }) {
    const { payload, districtCode } = job;
    const result = await deps.inTransaction((stores) => {
      if (payload['event'] !== undefined) return fanOutHazardEventRecord(stores, deps, eventOf(payload['event']));
      if (typeof payload['campaignId'] === 'string') return fanOutCampaignRecord(stores, deps, districtCode, payload['campaignId']);
      if (typeof payload['tenantReviewId'] === 'string') return fanOutTenantReviewRecord(stores, deps, districtCode, payload['tenantReviewId']);
      if (payload['dutyNotice'] !== undefined) return fanOutDutyNoticeRecord(stores, deps, dutyNoticeOf(payload['dutyNotice']));
      throw new Error('notifications.fan-out needs an event, a campaignId, a tenantReviewId or a dutyNotice in its payload');
    });
    if (result.recipientIds.length > 0) {
      deps.changes.publish({ kind: 'notification', districtCode, recipientIds: result.recipientIds, at: deps.clock.now().toISOString() });
    }
  },
};
