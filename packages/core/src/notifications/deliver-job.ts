import type { CoreDeps } from '../deps.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { jobErrorText } from '../jobs/job.js';
import { DELIVER_JOB_KIND } from './notification-job-kinds.js';
import { NO_NOTIFICATION_SENDERS, type OutboundMessage } from './notification-senders.js';
import type { ChannelEndpoint, Delivery } from './notification-store.js';

/** Splits an endpoint's list of addresses or phone numbers (comma, semicolon, space or newline). */
export function splitTargets(target: string): string[] {
  return target.split(/[\s,;，；]+/).map((part) => part.trim()).filter(Boolean);
}

async function send(deps: CoreDeps, delivery: Delivery, endpoint: ChannelEndpoint | undefined): Promise<void> {
  const senders = deps.notificationSenders ?? NO_NOTIFICATION_SENDERS;
  const message: OutboundMessage = { kind: delivery.kind, title: delivery.title, text: delivery.text, link: delivery.link };
  if (delivery.endpointId === null) {
    if (delivery.channel !== 'email' || !delivery.address) throw new Error(`delivery ${delivery.id} has neither an endpoint nor an e-mail address`);
    return senders.email([delivery.address], message);
  }
  if (!endpoint) throw new Error('the channel endpoint was deleted');
  switch (endpoint.channel) {
    case 'wecom': return senders.wecom(endpoint.target, message);
    case 'dingtalk': return senders.dingtalk(endpoint.target, endpoint.secret, message);
    case 'webhook': return senders.webhook(endpoint.target, endpoint.secret, message);
    case 'email': return senders.email(splitTargets(endpoint.target), message);
    case 'sms': return senders.sms(splitTargets(endpoint.target), message);
  }
}

/**
 * Sends one delivery. A delivery already sent (or given up) is left alone, so a second run of the
 * job sends nothing twice. A failure is written to the delivery log and thrown, so the runner
 * retries with its backoff; after the last attempt the delivery is marked failed. Nothing here
 * runs inside the user's request.
 */
export const deliverNotificationJob: JobDefinition = {
  kind: DELIVER_JOB_KIND,
  async run({ job, deps }) {
    const deliveryId = job.payload['deliveryId'];
    if (typeof deliveryId !== 'string') throw new Error('notifications.deliver needs deliveryId in its payload');
    const delivery = await deps.channels.findDelivery(deliveryId, job.districtCode);
    if (!delivery || delivery.status !== 'pending') return;
    const endpoint = delivery.endpointId ? await deps.channels.findEndpoint(delivery.endpointId, job.districtCode) : undefined;
    try {
      await send(deps, delivery, endpoint);
    } catch (error) {
      const last = job.attempts >= job.maxAttempts;
      const at = deps.clock.now().toISOString();
      await deps.inTransaction((stores) => stores.channels.updateDelivery(delivery.id, job.districtCode, {
        status: last ? 'failed' : 'pending', attempts: job.attempts, lastError: jobErrorText(error), sentAt: null, updatedAt: at,
      }));
      throw error;
    }
    const at = deps.clock.now().toISOString();
    await deps.inTransaction((stores) => stores.channels.updateDelivery(delivery.id, job.districtCode, { status: 'sent', attempts: job.attempts, lastError: null, sentAt: at, updatedAt: at }));
  },
};
