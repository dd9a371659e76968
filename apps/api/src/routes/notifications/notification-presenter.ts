import { renderNotification, splitTargets, type ChannelEndpoint, type Delivery, type Notification, type NotificationLocale } from '@safegrid/core';
import type { ChannelEndpointResponse, DeliveryResponse, NotificationResponse } from '@safegrid/contracts';

export function presentNotification(notification: Notification, locale: NotificationLocale): NotificationResponse {
  const text = locale === 'en' ? renderNotification(notification.kind, notification.params, 'en') : { title: notification.title, body: notification.body };
  return { id: notification.id, kind: notification.kind, ...text, link: notification.link, createdAt: notification.createdAt, readAt: notification.readAt };
}

/** Enough to recognise a target without its token: a URL's host, or how many addresses. */
function targetHint(endpoint: ChannelEndpoint): string {
  if (endpoint.channel === 'email' || endpoint.channel === 'sms') return `${splitTargets(endpoint.target).length}`;
  try {
    return new URL(endpoint.target).host;
  } catch {
    return '';
  }
}

/** An endpoint without its target or secret: they are write-only (ADR 0065). */
export function presentEndpoint(endpoint: ChannelEndpoint): ChannelEndpointResponse {
  return {
    id: endpoint.id, channel: endpoint.channel, name: endpoint.name, regionCode: endpoint.regionCode, sector: endpoint.sector, kinds: [...endpoint.kinds],
    targetSet: endpoint.target !== '', targetHint: targetHint(endpoint), secretSet: endpoint.secret !== null, enabled: endpoint.enabled,
    createdAt: endpoint.createdAt, updatedAt: endpoint.updatedAt,
  };
}

export function presentDelivery(delivery: Delivery, endpointNames: ReadonlyMap<string, string>): DeliveryResponse {
  return {
    id: delivery.id, channel: delivery.channel, endpointId: delivery.endpointId, endpointName: delivery.endpointId ? (endpointNames.get(delivery.endpointId) ?? null) : null,
    recipientId: delivery.recipientId, kind: delivery.kind, title: delivery.title, status: delivery.status, attempts: delivery.attempts, lastError: delivery.lastError,
    createdAt: delivery.createdAt, updatedAt: delivery.updatedAt, sentAt: delivery.sentAt,
  };
}
