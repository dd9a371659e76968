import type { Kysely, Selectable } from 'kysely';
import { cappedCount, decodeDeliveryCursor, deliverySortOrder, encodeDeliveryCursor, type Channel, type ChannelEndpoint, type ChannelStore, type Delivery, type DeliveryStatus, type Notification, type NotificationKind, type NotificationParams, type NotificationStore, type Page, type Sector } from '@safegrid/core';
import type { ChannelEndpointsTable, Database, NotificationDeliveriesTable, NotificationsTable } from '../database-schema.js';
import { readJson, toCount, toIso, toIsoOrNull, writeJson } from './row-values.js';

function toNotification(row: Selectable<NotificationsTable>): Notification {
  return {
    id: row.id, districtCode: row.districtCode, recipientId: row.recipientId, kind: row.kind as NotificationKind, sourceKey: row.sourceKey,
    title: row.title, body: row.body, params: readJson<NotificationParams>(row.params), link: { type: row.linkType as 'hazard', id: row.linkId },
    createdAt: toIso(row.createdAt), readAt: toIsoOrNull(row.readAt),
  };
}

function toEndpoint(row: Selectable<ChannelEndpointsTable>): ChannelEndpoint {
  return {
    id: row.id, districtCode: row.districtCode, channel: row.channel as Channel, name: row.name, regionCode: row.regionCode, sector: row.sector as Sector | null,
    kinds: readJson<NotificationKind[]>(row.kinds), target: row.target, secret: row.secret, enabled: Number(row.enabled) === 1,
    createdAt: toIso(row.createdAt), updatedAt: toIso(row.updatedAt),
  };
}

function toDelivery(row: Selectable<NotificationDeliveriesTable>): Delivery {
  return {
    id: row.id, districtCode: row.districtCode, channel: row.channel as Channel, endpointId: row.endpointId, recipientId: row.recipientId, address: row.address,
    kind: row.kind as NotificationKind, dedupeKey: row.dedupeKey, title: row.title, text: row.text, link: row.link, status: row.status as DeliveryStatus,
    attempts: row.attempts, lastError: row.lastError, createdAt: toIso(row.createdAt), updatedAt: toIso(row.updatedAt), sentAt: toIsoOrNull(row.sentAt),
  };
}

/** A page from rows read one past the limit, newest first by id. */
function pageOf<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}

/** Inboxes (ADR 0065): every read and write names the district and the recipient. */
export function createNotificationStore(db: Kysely<Database>): NotificationStore {
  const unread = (districtCode: string, recipientId: string) =>
    db.updateTable('notifications').where('districtCode', '=', districtCode).where('recipientId', '=', recipientId).where('readAt', 'is', null);
  return {
    async insertMany(notifications) {
      const inserted: Notification[] = [];
      // One statement per row: few recipients per event, and each conflict must be told apart.
      for (const n of notifications) {
        const row = await db
          .insertInto('notifications')
          .values({
            id: n.id, districtCode: n.districtCode, recipientId: n.recipientId, kind: n.kind, sourceKey: n.sourceKey, title: n.title, body: n.body,
            params: writeJson(n.params), linkType: n.link.type, linkId: n.link.id, createdAt: n.createdAt, readAt: n.readAt,
          })
          .onConflict((conflict) => conflict.columns(['districtCode', 'recipientId', 'sourceKey']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (row) inserted.push(n);
      }
      return inserted;
    },
    async list({ districtCode, recipientId, unreadOnly, limit, cursor }) {
      let query = db.selectFrom('notifications').selectAll().where('districtCode', '=', districtCode).where('recipientId', '=', recipientId);
      if (unreadOnly) query = query.where('readAt', 'is', null);
      if (cursor) query = query.where('id', '<', cursor);
      const rows = await query.orderBy('id', 'desc').limit(limit + 1).execute();
      return pageOf(rows.map(toNotification), limit);
    },
    async countUnread(districtCode, recipientId) {
      const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll().as('count'))
        .where('districtCode', '=', districtCode).where('recipientId', '=', recipientId).where('readAt', 'is', null).executeTakeFirst();
      return toCount(row?.count as number | string | undefined);
    },
    async markRead(districtCode, recipientId, ids, at) {
      if (ids.length === 0) return 0;
      const result = await unread(districtCode, recipientId).where('id', 'in', [...ids]).set({ readAt: at }).executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async markAllRead(districtCode, recipientId, at) {
      const result = await unread(districtCode, recipientId).set({ readAt: at }).executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async mutedKinds(districtCode, userIds) {
      const result = new Map<string, NotificationKind[]>();
      if (userIds.length === 0) return result;
      const rows = await db.selectFrom('notificationPreferences').selectAll().where('districtCode', '=', districtCode).where('userId', 'in', [...userIds]).execute();
      for (const row of rows) {
        const kinds = readJson<NotificationKind[]>(row.mutedKinds);
        if (kinds.length > 0) result.set(row.userId, kinds);
      }
      return result;
    },
    async setMutedKinds(districtCode, userId, kinds, at) {
      await db.insertInto('notificationPreferences').values({ userId, districtCode, mutedKinds: writeJson(kinds), updatedAt: at })
        .onConflict((conflict) => conflict.column('userId').doUpdateSet({ districtCode, mutedKinds: writeJson(kinds), updatedAt: at }))
        .execute();
    },
  };
}

/** Channel endpoints and the delivery log of a district (ADR 0065). */
export function createChannelStore(db: Kysely<Database>): ChannelStore {
  return {
    async listEndpoints(districtCode) {
      const rows = await db.selectFrom('channelEndpoints').selectAll().where('districtCode', '=', districtCode).orderBy('createdAt').orderBy('id').execute();
      return rows.map(toEndpoint);
    },
    async findEndpoint(id, districtCode) {
      const row = await db.selectFrom('channelEndpoints').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toEndpoint(row);
    },
    async saveEndpoint(e) {
      const values = {
        channel: e.channel, name: e.name, regionCode: e.regionCode, sector: e.sector, kinds: writeJson(e.kinds), target: e.target, secret: e.secret,
        enabled: e.enabled ? 1 : 0, updatedAt: e.updatedAt,
      };
      await db.insertInto('channelEndpoints').values({ id: e.id, districtCode: e.districtCode, createdAt: e.createdAt, ...values })
        .onConflict((conflict) => conflict.columns(['id', 'districtCode']).doUpdateSet(values))
        .execute();
    },
    async deleteEndpoint(id, districtCode) {
      const result = await db.deleteFrom('channelEndpoints').where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async insertDelivery(d) {
      const row = await db.insertInto('notificationDeliveries').values({ ...d, createdAt: d.createdAt, updatedAt: d.updatedAt, sentAt: d.sentAt })
        .onConflict((conflict) => conflict.columns(['districtCode', 'dedupeKey']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async findDelivery(id, districtCode) {
      const row = await db.selectFrom('notificationDeliveries').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toDelivery(row);
    },
    async updateDelivery(id, districtCode, outcome) {
      await db.updateTable('notificationDeliveries').set(outcome).where('id', '=', id).where('districtCode', '=', districtCode).execute();
    },
    async listDeliveries({ districtCode, channel, status, sort, limit, cursor }) {
      // Keyset paging in the chosen order (ADR 0108): column then id, both the same direction, so
      // the (district_code, column, id) index is read in order and no plan sorts the district.
      const order = deliverySortOrder(sort);
      const after = cursor === undefined ? undefined : decodeDeliveryCursor(sort, cursor);
      const beyond = order.direction === 'asc' ? '>' : '<';
      let query = db.selectFrom('notificationDeliveries').selectAll().where('districtCode', '=', districtCode);
      if (channel) query = query.where('channel', '=', channel);
      if (status) query = query.where('status', '=', status);
      if (after && order.column === 'id') query = query.where('id', beyond, after.id);
      if (after && order.column !== 'id') {
        const column = order.column;
        query = query.where((eb) => eb.or([eb(column, beyond, after.value), eb.and([eb(column, '=', after.value), eb('id', beyond, after.id)])]));
      }
      if (order.column !== 'id') query = query.orderBy(order.column, order.direction);
      const rows = (await query.orderBy('id', order.direction).limit(limit + 1).execute()).map(toDelivery);
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeDeliveryCursor(sort, last) : null };
    },
    async countDeliveries({ districtCode, channel, status }, cap) {
      // The limit sits inside the subquery: the database stops after cap + 1 matches (ADR 0090).
      let matches = db.selectFrom('notificationDeliveries').select('id').where('districtCode', '=', districtCode);
      if (channel) matches = matches.where('channel', '=', channel);
      if (status) matches = matches.where('status', '=', status);
      const row = await db.selectFrom(matches.limit(cap + 1).as('matches')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return cappedCount(Number(row.n), cap);
    },
  };
}
