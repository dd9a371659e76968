import { compareDeliveries, decodeDeliveryCursor, encodeDeliveryCursor, isAfterDeliveryPosition } from '../notifications/delivery-sort.js';
import type { Notification, NotificationKind } from '../notifications/notification.js';
import type { ChannelEndpoint, ChannelStore, Delivery, NotificationStore } from '../notifications/notification-store.js';
import { cappedCount, type Page } from '../shared/pagination.js';

export interface MemoryNotificationTables {
  notifications: Map<string, Notification>;
  notificationPreferences: Map<string, { districtCode: string; mutedKinds: NotificationKind[] }>;
  channelEndpoints: Map<string, ChannelEndpoint>;
  deliveries: Map<string, Delivery>;
}

export function createMemoryNotificationTables(): MemoryNotificationTables {
  return { notifications: new Map(), notificationPreferences: new Map(), channelEndpoints: new Map(), deliveries: new Map() };
}

/** Newest first by id (UUIDv7, time-ordered), after the cursor id. */
function pageById<T extends { id: string }>(rows: T[], limit: number, cursor?: string): Page<T> {
  const sorted = rows.filter((row) => !cursor || row.id < cursor).sort((a, b) => (a.id < b.id ? 1 : -1));
  const items = sorted.slice(0, limit);
  return { items, nextCursor: sorted.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}

/** Inbox and settings over maps, with the storage rules: one row per district, recipient and source key. */
export function createMemoryNotificationStore(tables: MemoryNotificationTables): NotificationStore {
  const mine = (districtCode: string, recipientId: string) =>
    [...tables.notifications.values()].filter((n) => n.districtCode === districtCode && n.recipientId === recipientId);
  const mark = (rows: Notification[], at: string) => {
    const unread = rows.filter((n) => n.readAt === null);
    for (const n of unread) tables.notifications.set(n.id, { ...n, readAt: at });
    return unread.length;
  };
  return {
    async insertMany(notifications) {
      const inserted: Notification[] = [];
      for (const n of notifications) {
        const clash = [...tables.notifications.values()].some((row) => row.districtCode === n.districtCode && row.recipientId === n.recipientId && row.sourceKey === n.sourceKey);
        if (clash || inserted.some((row) => row.recipientId === n.recipientId && row.sourceKey === n.sourceKey)) continue;
        tables.notifications.set(n.id, n);
        inserted.push(n);
      }
      return inserted;
    },
    list: async ({ districtCode, recipientId, unreadOnly, limit, cursor }) =>
      pageById(mine(districtCode, recipientId).filter((n) => !unreadOnly || n.readAt === null), limit, cursor),
    countUnread: async (districtCode, recipientId) => mine(districtCode, recipientId).filter((n) => n.readAt === null).length,
    markRead: async (districtCode, recipientId, ids, at) => mark(mine(districtCode, recipientId).filter((n) => ids.includes(n.id)), at),
    markAllRead: async (districtCode, recipientId, at) => mark(mine(districtCode, recipientId), at),
    async mutedKinds(districtCode, userIds) {
      const result = new Map<string, NotificationKind[]>();
      for (const userId of userIds) {
        const row = tables.notificationPreferences.get(userId);
        if (row && row.districtCode === districtCode && row.mutedKinds.length > 0) result.set(userId, [...row.mutedKinds]);
      }
      return result;
    },
    async setMutedKinds(districtCode, userId, kinds) {
      tables.notificationPreferences.set(userId, { districtCode, mutedKinds: [...kinds] });
    },
  };
}

/** Endpoints and the delivery log over maps: one delivery per district and dedupe key; filters honoured. */
export function createMemoryChannelStore(tables: MemoryNotificationTables): ChannelStore {
  return {
    listEndpoints: async (districtCode) =>
      [...tables.channelEndpoints.values()].filter((e) => e.districtCode === districtCode).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    findEndpoint: async (id, districtCode) => {
      const row = tables.channelEndpoints.get(id);
      return row?.districtCode === districtCode ? row : undefined;
    },
    async saveEndpoint(endpoint) {
      tables.channelEndpoints.set(endpoint.id, endpoint);
    },
    async deleteEndpoint(id, districtCode) {
      if (tables.channelEndpoints.get(id)?.districtCode !== districtCode) return false;
      return tables.channelEndpoints.delete(id);
    },
    async insertDelivery(delivery) {
      const clash = [...tables.deliveries.values()].some((d) => d.districtCode === delivery.districtCode && d.dedupeKey === delivery.dedupeKey);
      if (clash) return false;
      tables.deliveries.set(delivery.id, delivery);
      return true;
    },
    findDelivery: async (id, districtCode) => {
      const row = tables.deliveries.get(id);
      return row?.districtCode === districtCode ? row : undefined;
    },
    async updateDelivery(id, districtCode, outcome) {
      const row = tables.deliveries.get(id);
      if (row?.districtCode === districtCode) tables.deliveries.set(id, { ...row, ...outcome });
    },
    listDeliveries: async ({ districtCode, channel, status, sort, limit, cursor }) => {
      const after = cursor === undefined ? undefined : decodeDeliveryCursor(sort, cursor);
      const sorted = [...tables.deliveries.values()]
        .filter((d) => d.districtCode === districtCode && (!channel || d.channel === channel) && (!status || d.status === status))
        .filter((d) => !after || isAfterDeliveryPosition(sort, after, d))
        .sort(compareDeliveries(sort));
      const items = sorted.slice(0, limit);
      const last = items[items.length - 1];
      return { items, nextCursor: sorted.length > limit && last ? encodeDeliveryCursor(sort, last) : null };
    },
    countDeliveries: async ({ districtCode, channel, status }, cap) =>
      cappedCount([...tables.deliveries.values()].filter((d) => d.districtCode === districtCode && (!channel || d.channel === channel) && (!status || d.status === status)).length, cap),
  };
}
