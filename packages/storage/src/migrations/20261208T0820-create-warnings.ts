import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): their keys carry district_code. */
export const WARNING_DISTRIBUTED_TABLES = ['warnings', 'warning_recipients'] as const;

/**
 * 预警 (ADR 0077): one row per warning (area, period, addressees and events as JSON) and one row per
 * addressee account, fixed when issued, with its acknowledgement (签收).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('warnings')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('rainstorm', 'gale', 'heat', 'cold_wave', 'thunder', 'fog', 'road_icing', 'other')`))
    .addColumn('colour', 'text', (c) => c.notNull().check(sql`colour in ('blue', 'yellow', 'orange', 'red')`))
    .addColumn('town_codes', types.json, (c) => c.notNull())
    .addColumn('starts_at', types.timestamp, (c) => c.notNull())
    .addColumn('ends_at', types.timestamp, (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('addressees', types.json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in_force', 'lifted')`))
    .addColumn('events', types.json, (c) => c.notNull())
    .addColumn('reminded_at', types.timestamp)
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('warnings_pkey', ['id', 'district_code'])
    .execute();
  await db.schema.createIndex('warnings_district_code_created_at').on('warnings').columns(['district_code', 'created_at']).execute();

  await db.schema
    .createTable('warning_recipients')
    .addColumn('warning_id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', types.timestamp)
    .addPrimaryKeyConstraint('warning_recipients_pkey', ['warning_id', 'district_code', 'user_id'])
    .addForeignKeyConstraint('warning_recipients_warning_fkey', ['warning_id', 'district_code'], 'warnings', ['id', 'district_code'])
    .execute();
  await db.schema.createIndex('warning_recipients_district_code_user_id').on('warning_recipients').columns(['district_code', 'user_id']).execute();
}
