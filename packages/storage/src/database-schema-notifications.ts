// Notification tables (issue 11, ADR 0065), apart from database-schema.ts to keep each file readable.
import type { JsonColumn, NullableTimestampColumn, TimestampColumn } from './database-schema.js';

export interface NotificationsTable {
  id: string;
  districtCode: string;
  recipientId: string;
  kind: string;
  sourceKey: string;
  title: string;
  body: string;
  params: JsonColumn;
  linkType: string;
  linkId: string;
  createdAt: TimestampColumn;
  readAt: NullableTimestampColumn;
}

export interface NotificationPreferencesTable {
  userId: string;
  districtCode: string;
  mutedKinds: JsonColumn;
  updatedAt: TimestampColumn;
}

export interface ChannelEndpointsTable {
  id: string;
  districtCode: string;
  channel: string;
  name: string;
  regionCode: string;
  sector: string | null;
  kinds: JsonColumn;
  target: string;
  secret: string | null;
  enabled: number;
  createdAt: TimestampColumn;
  updatedAt: TimestampColumn;
}

export interface NotificationDeliveriesTable {
  id: string;
  districtCode: string;
  channel: string;
  endpointId: string | null;
  recipientId: string | null;
  address: string | null;
  kind: string;
  dedupeKey: string;
  title: string;
  text: string;
  link: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: TimestampColumn;
  updatedAt: TimestampColumn;
  sentAt: NullableTimestampColumn;
}

/** Inboxes, settings, channel endpoints and deliveries (ADR 0065). */
export interface NotificationDatabase {
  notifications: NotificationsTable;
  notificationPreferences: NotificationPreferencesTable;
  channelEndpoints: ChannelEndpointsTable;
  notificationDeliveries: NotificationDeliveriesTable;
}
