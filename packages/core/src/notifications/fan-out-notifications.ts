import type { User } from '../accounts/user.js';
import type { Stores, WriteServices } from '../deps.js';
import type { Hazard, HazardEvent } from '../hazards/hazard.js';
import { enqueueJob } from '../jobs/job-definition.js';
import { isInScope } from '../accounts/scope.js';
import { isMandatoryKind, type Notification, type NotificationKind, type NotificationParams } from './notification.js';
import { DELIVER_JOB_KIND } from './notification-job-kinds.js';
import { recipientsOf } from './notification-rules.js';
import type { ChannelEndpoint, Delivery } from './notification-store.js';
import { renderNotification } from './render-notification.js';

/** Attempts of one delivery before it is marked failed (30 s, 1, 2, 4 min apart: ADR 0058's backoff). */
export const DELIVERY_MAX_ATTEMPTS = 5;

function paramsOf(hazard: Hazard, event: HazardEvent): NotificationParams {
  const deadline = typeof event.details['deadline'] === 'string' ? event.details['deadline'] : hazard.deadline;
  const level = typeof event.details['level'] === 'string' ? event.details['level'] : null;
  return { hazardTitle: hazard.title, hazardLevel: hazard.level, actorName: event.actorName, deadline: deadline ?? null, note: event.note, level };
}

/** Whether an endpoint takes a notification of `kind` about `hazard`: enabled, its region, its sector, its kinds. */
export function endpointTakes(endpoint: ChannelEndpoint, kind: NotificationKind, hazard: Hazard): boolean {
  if (!endpoint.enabled || (endpoint.kinds.length > 0 && !endpoint.kinds.includes(kind))) return false;
  const region = endpoint.regionCode === hazard.districtCode ? {} : { regionCode: endpoint.regionCode };
  return isInScope({ districtCode: endpoint.districtCode, ...region, ...(endpoint.sector ? { sectors: [endpoint.sector] } : {}) }, hazard);
}

/** The web app's address of a hazard, when the public address is known. */
export function hazardLink(publicUrl: string | null | undefined, hazardId: string): string | null {
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}/hazards/${hazardId}` : null;
}

export interface FanOutResult {
  readonly recipientIds: readonly string[];
  readonly deliveries: number;
}

/**
 * Tells the people and endpoints an event concerns (issue 11), inside the caller's transaction:
 * inbox rows per recipient (muted kinds left out unless mandatory), and per endpoint or personal
 * mailbox a delivery row with its job. Every row is keyed by the event, so running it twice adds
 * nothing the second time.
 */
export async function fanOutHazardEventRecord(stores: Stores, deps: Pick<WriteServices, 'ids' | 'clock' | 'publicUrl'>, event: HazardEvent): Promise<FanOutResult> {
  const hazard = await stores.hazards.findById(event.hazardId, { districtCode: event.districtCode });
  if (!hazard) return { recipientIds: [], deliveries: 0 };
  const users = await stores.users.listByDistrict(event.districtCode);
  const recipients = recipientsOf(hazard, event, users);
  const muted = await stores.notifications.mutedKinds(event.districtCode, [...new Set(recipients.map((r) => r.userId))]);
  const now = deps.clock.now().toISOString();
  const params = paramsOf(hazard, event);
  const link = { type: 'hazard', id: hazard.id } as const;
  const wanted = recipients.filter((r) => isMandatoryKind(r.kind) || !(muted.get(r.userId) ?? []).includes(r.kind));
  const inserted = await stores.notifications.insertMany(wanted.map((r): Notification => ({
    id: deps.ids.newId(), districtCode: event.districtCode, recipientId: r.userId, kind: r.kind, sourceKey: `${event.id}:${r.kind}`,
    ...renderNotification(r.kind, params), params, link, createdAt: now, readAt: null,
  })));

  const url = hazardLink(deps.publicUrl, hazard.id);
  let deliveries = 0;
  const deliver = async (draft: Omit<Delivery, 'id' | 'districtCode' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'updatedAt' | 'sentAt' | 'title' | 'text' | 'link'>) => {
    const text = renderNotification(draft.kind, params);
    const delivery: Delivery = { ...draft, id: deps.ids.newId(), districtCode: event.districtCode, title: text.title, text: text.body, link: url, status: 'pending', attempts: 0, lastError: null, createdAt: now, updatedAt: now, sentAt: null };
    if (!(await stores.channels.insertDelivery(delivery))) return;
    deliveries += 1;
    await enqueueJob(stores, deps, { kind: DELIVER_JOB_KIND, districtCode: event.districtCode, payload: { deliveryId: delivery.id }, dedupeKey: `delivery:${delivery.id}`, maxAttempts: DELIVERY_MAX_ATTEMPTS });
  };

  const kinds = [...new Set(recipients.map((r) => r.kind))];
  const endpoints = await stores.channels.listEndpoints(event.districtCode);
  for (const kind of kinds) {
    for (const endpoint of endpoints.filter((e) => endpointTakes(e, kind, hazard))) {
      await deliver({ channel: endpoint.channel, endpointId: endpoint.id, recipientId: null, address: null, kind, dedupeKey: `${event.id}:${kind}:endpoint:${endpoint.id}` });
    }
  }
  const byId = new Map<string, User>(users.map((user) => [user.id, user]));
  for (const notification of inserted) {
    const email = byId.get(notification.recipientId)?.email;
    if (!email) continue;
    await deliver({ channel: 'email', endpointId: null, recipientId: notification.recipientId, address: email, kind: notification.kind, dedupeKey: `${notification.sourceKey}:user:${notification.recipientId}` });
  }
  return { recipientIds: [...new Set(inserted.map((n) => n.recipientId))], deliveries };
}
