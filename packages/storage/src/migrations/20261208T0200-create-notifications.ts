import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): their keys carry district_code. */
export const NOTIFICATION_DISTRIBUTED_TABLES = ['notifications', 'channel_endpoints', 'notification_deliveries'] as const;
/** Kept on the coordinator next to `users`: one row per person. */
export const NOTIFICATION_COORDINATOR_TABLES = ['notification_preferences'] as const;

/**
 * Notifications (issue 11, ADR 0065): each person's inbox, the kinds they turned off, the
 * district's channel endpoints (robots, webhooks, mailboxes; target and secret are write-only
 * through the API) and the delivery log. Inbox rows are unique per recipient and source (event
 * and kind), deliveries per dedupe key, so a fan-out that runs twice adds nothing. Users get an
 * e-mail address.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('params', types.json, (c) => c.notNull())
    .addColumn('link_type', 'text', (c) => c.notNull())
    .addColumn('link_id', 'text', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('read_at', types.timestamp)
    .addPrimaryKeyConstraint('notifications_pkey', ['id', 'district_code'])
    .addUniqueConstraint('notifications_district_code_recipient_id_source_key', ['district_code', 'recipient_id', 'source_key'])
    .execute();
  // The inbox reads a person's rows newest first (ids are time-ordered), all or unread only.
  await db.schema.createIndex('notifications_recipient_id_id').on('notifications').columns(['district_code', 'recipient_id', 'id']).execute();
  await db.schema.createIndex('notifications_recipient_id_read_at').on('notifications').columns(['district_code', 'recipient_id', 'read_at']).execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('muted_kinds', types.json, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('channel_endpoints')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('wecom', 'dingtalk', 'webhook', 'email', 'sms')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('sector', 'text')
    .addColumn('kinds', types.json, (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('secret', 'text')
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_endpoints_pkey', ['id', 'district_code'])
    .execute();

  await db.schema
    .createTable('notification_deliveries')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('endpoint_id', 'text')
    .addColumn('recipient_id', 'text')
    .addColumn('address', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'sent', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('sent_at', types.timestamp)
    .addPrimaryKeyConstraint('notification_deliveries_pkey', ['id', 'district_code'])
    .addUniqueConstraint('notification_deliveries_district_code_dedupe_key', ['district_code', 'dedupe_key'])
    .execute();
  // The delivery log reads newest first, optionally by channel or status.
  await db.schema.createIndex('notification_deliveries_district_code_id').on('notification_deliveries').columns(['district_code', 'id']).execute();
  await db.schema.createIndex('notification_deliveries_district_code_status_id').on('notification_deliveries').columns(['district_code', 'status', 'id']).execute();
}
