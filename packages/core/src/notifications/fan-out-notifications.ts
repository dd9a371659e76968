import type { User } from '../accounts/user.js';
import type { Stores, WriteServices } from '../deps.js';
import type { HazardEvent } from '../hazards/hazard.js';
import { enqueueJob } from '../jobs/job-definition.js';
import { isInScope, type ScopedRecord } from '../accounts/scope.js';
import { isMandatoryKind, type Notification, type NotificationKind, type NotificationLink, type NotificationParams } from './notification.js';
import { DELIVER_JOB_KIND } from './notification-job-kinds.js';
import { campaignRecipients, recipientsOf, reportRecipients, tenantReviewRecipients, type Recipient } from './notification-rules.js';
import type { StoredReport } from '../reports/leadership-report.js';
import type { ChannelEndpoint, Delivery } from './notification-store.js';
import { renderNotification } from './render-notification.js';
import { DUTY_LINK_PATHS } from './duty-link-paths.js';
import { sectorDutyTable } from '../sector-duties/sector-duties.js';

/** Attempts of one delivery before it is marked failed (30 s, 1, 2, 4 min apart: ADR 0058's backoff). */
export const DELIVERY_MAX_ATTEMPTS = 5;

type Services = Pick<WriteServices, 'ids' | 'clock' | 'publicUrl' | 'notificationSenders'>;

/** Whether an endpoint's region and sector take a subject placed at `record` (a hazard, a tenant review). */
export function endpointCovers(endpoint: ChannelEndpoint, record: ScopedRecord): boolean {
  const region = endpoint.regionCode === endpoint.districtCode ? {} : { regionCode: endpoint.regionCode };
  return isInScope({ districtCode: endpoint.districtCode, ...region, ...(endpoint.sector ? { sectors: [endpoint.sector] } : {}) }, record);
}

/** Whether an endpoint takes a notification of `kind`: enabled, and its kinds filter (empty: all). */
export function endpointTakesKind(endpoint: ChannelEndpoint, kind: NotificationKind): boolean {
  return endpoint.enabled && (endpoint.kinds.length === 0 || endpoint.kinds.includes(kind));
}

/** The web app's address of what a notification links to, when the public address is known. */
export function linkUrl(publicUrl: string | null | undefined, link: NotificationLink): string | null {
  if (!publicUrl) return null;
  if (link.type === 'report') return `${publicUrl.replace(/\/+$/, '')}/api/v1/reports/${link.id}/file?format=pdf`;
  const path = link.type === 'hazard' ? `/hazards/${link.id}` : link.type === 'campaign' ? `/campaigns/${link.id}` : link.type === 'tenant_review' ? '/tenant-reviews' : DUTY_LINK_PATHS[link.type](link.id);
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

export interface FanOutResult {
  readonly recipientIds: readonly string[];
  readonly deliveries: number;
}

/** What one source (an event, a campaign, an application) tells: who, how it reads, which endpoints take it. */
export interface FanOut {
  readonly districtCode: string;
  /** Unique per source: an event id, `campaign:<id>`, `tenant_review:<id>`. */
  readonly sourceId: string;
  readonly recipients: readonly Recipient[];
  readonly users: readonly User[];
  readonly params: NotificationParams;
  readonly link: NotificationLink;
  readonly endpointCovers: (endpoint: ChannelEndpoint) => boolean;
}

/**
 * Writes what one source tells, inside the caller's transaction: inbox rows per recipient (muted
 * kinds left out unless mandatory), and per endpoint or personal mailbox a delivery row with its
 * job. Every row is keyed by the source, so running it twice adds nothing the second time.
 */
export async function fanOutRecord(stores: Stores, deps: Services, fan: FanOut): Promise<FanOutResult> {
  const { districtCode, sourceId, recipients, params, link } = fan;
  const muted = await stores.notifications.mutedKinds(districtCode, [...new Set(recipients.map((r) => r.userId))]);
  const now = deps.clock.now().toISOString();
  const wanted = recipients.filter((r) => isMandatoryKind(r.kind) || !(muted.get(r.userId) ?? []).includes(r.kind));
  const inserted = await stores.notifications.insertMany(wanted.map((r): Notification => ({
    id: deps.ids.newId(), districtCode, recipientId: r.userId, kind: r.kind, sourceKey: `${sourceId}:${r.kind}`,
    ...renderNotification(r.kind, params), params, link, createdAt: now, readAt: null,
  })));

  const url = linkUrl(deps.publicUrl, link);
  let deliveries = 0;
  const deliver = async (draft: Pick<Delivery, 'channel' | 'endpointId' | 'recipientId' | 'address' | 'kind' | 'dedupeKey'>) => {
    const text = renderNotification(draft.kind, params);
    const delivery: Delivery = { ...draft, id: deps.ids.newId(), districtCode, title: text.title, text: text.body, link: url, status: 'pending', attempts: 0, lastError: null, createdAt: now, updatedAt: now, sentAt: null };
    if (!(await stores.channels.insertDelivery(delivery))) return;
    deliveries += 1;
    await enqueueJob(stores, deps, { kind: DELIVER_JOB_KIND, districtCode, payload: { deliveryId: delivery.id }, dedupeKey: `delivery:${delivery.id}`, maxAttempts: DELIVERY_MAX_ATTEMPTS });
  };

  const kinds = [...new Set(recipients.map((r) => r.kind))];
  const endpoints = (await stores.channels.listEndpoints(districtCode)).filter(fan.endpointCovers);
  for (const kind of kinds) {
    for (const endpoint of endpoints.filter((e) => endpointTakesKind(e, kind))) {
      await deliver({ channel: endpoint.channel, endpointId: endpoint.id, recipientId: null, address: null, kind, dedupeKey: `${sourceId}:${kind}:endpoint:${endpoint.id}` });
    }
  }
  // People's own addresses only when mail can go out; an endpoint of channel email stays explicit configuration.
  const byId = new Map<string, User>(deps.notificationSenders?.mailConfigured ? fan.users.map((user) => [user.id, user]) : []);
  for (const notification of inserted) {
    const email = byId.get(notification.recipientId)?.email;
    if (!email) continue;
    await deliver({ channel: 'email', endpointId: null, recipientId: notification.recipientId, address: email, kind: notification.kind, dedupeKey: `${notification.sourceKey}:user:${notification.recipientId}` });
  }
  return { recipientIds: [...new Set(inserted.map((n) => n.recipientId))], deliveries };
}

const NOBODY: FanOutResult = { recipientIds: [], deliveries: 0 };

/** Tells the people and endpoints a hazard timeline event concerns (issue 11). */
export async function fanOutHazardEventRecord(stores: Stores, deps: Services, event: HazardEvent): Promise<FanOutResult> {
  const hazard = await stores.hazards.findById(event.hazardId, { districtCode: event.districtCode });
  if (!hazard) return NOBODY;
  const assignee = typeof event.details['assigneeId'] === 'string' ? event.details['assigneeId'] : hazard.assigneeId;
  const users = await stores.users.listNotifiable(event.districtCode, { gridId: hazard.gridId, userIds: assignee ? [assignee] : [] });
  const duties = sectorDutyTable(await stores.sectorDuties.list(event.districtCode));
  const deadline = typeof event.details['deadline'] === 'string' ? event.details['deadline'] : hazard.deadline;
  const level = typeof event.details['level'] === 'string' ? event.details['level'] : null;
  return fanOutRecord(stores, deps, {
    districtCode: event.districtCode, sourceId: event.id, recipients: recipientsOf(hazard, event, users, duties), users,
    params: { subjectTitle: hazard.title, subjectLevel: hazard.level, actorName: event.actorName, deadline: deadline ?? null, note: event.note, level },
    link: { type: 'hazard', id: hazard.id }, endpointCovers: (endpoint) => endpointCovers(endpoint, hazard),
  });
}

/** Tells the towns and grid workers a new campaign (专项整治) covers. */
export async function fanOutCampaignRecord(stores: Stores, deps: Services, districtCode: string, campaignId: string): Promise<FanOutResult> {
  const campaign = await stores.campaigns.findById(campaignId, districtCode);
  if (!campaign) return NOBODY;
  const users = await stores.users.listByDistrict(districtCode);
  const { regionCodes, sectors } = campaign.scope;
  return fanOutRecord(stores, deps, {
    districtCode, sourceId: `campaign:${campaign.id}`, recipients: campaignRecipients(campaign, users), users,
    params: { subjectTitle: campaign.name, subjectLevel: '', actorName: campaign.createdByName, deadline: campaign.endsOn, note: null, level: null },
    link: { type: 'campaign', id: campaign.id },
    endpointCovers: (endpoint) =>
      (endpoint.regionCode === districtCode || regionCodes.length === 0 || regionCodes.some((code) => code.startsWith(endpoint.regionCode) || endpoint.regionCode.startsWith(code)))
      && (endpoint.sector === null || sectors.length === 0 || sectors.includes(endpoint.sector)),
  });
}

/** Tells the town office that a 厂中厂 tenant review waits for its decision. */
export async function fanOutTenantReviewRecord(stores: Stores, deps: Services, districtCode: string, reviewId: string): Promise<FanOutResult> {
  const review = await stores.tenantReviews.findById(reviewId, { districtCode });
  if (!review || review.status !== 'submitted') return NOBODY;
  const users = await stores.users.listByDistrict(districtCode);
  const placement: ScopedRecord = { ...review, unitId: review.parkId };
  return fanOutRecord(stores, deps, {
    districtCode, sourceId: `tenant_review:${review.id}`, recipients: tenantReviewRecipients(review, users), users,
    params: { subjectTitle: review.tenant.name, subjectLevel: '', actorName: review.appliedByName, deadline: null, note: review.note, level: null },
    link: { type: 'tenant_review', id: review.id }, endpointCovers: (endpoint) => endpointCovers(endpoint, placement),
  });
}

/** Tells the district office (district report) or the town office (town report) that a scheduled 通报 is ready. */
export async function fanOutReportRecord(stores: Stores, deps: Services, report: StoredReport, title: string): Promise<FanOutResult> {
  const users = await stores.users.listByDistrict(report.districtCode);
  return fanOutRecord(stores, deps, {
    districtCode: report.districtCode, sourceId: `report:${report.id}`, recipients: reportRecipients(report, users), users,
    params: { subjectTitle: title, subjectLevel: '', actorName: report.generatedByName, deadline: null, note: null, level: null },
    link: { type: 'report', id: report.id },
    // Only endpoints of exactly the report's region: a district group gets the district's 通报, not each town's too.
    endpointCovers: (endpoint) => endpoint.regionCode === report.regionCode && endpoint.sector === null,
  });
}
