import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): their keys carry district_code. */
export const DUTY_DISTRIBUTED_TABLES = ['duty_shifts', 'duty_handovers'] as const;

/**
 * 值班表 and 交接班 (ADR 0077): one row per shift (an office's roster, a date, day/night/24 h), unique
 * per office, date and kind; people and swaps as JSON; and the handover logs with their acknowledgement.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('duty_shifts')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('day', 'night', 'full_day')`))
    .addColumn('leader', types.json, (c) => c.notNull())
    .addColumn('officer', types.json, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('swaps', types.json, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('duty_shifts_pkey', ['id', 'district_code'])
    .addUniqueConstraint('duty_shifts_district_code_region_code_date_kind', ['district_code', 'region_code', 'date', 'kind'])
    .execute();

  await db.schema
    .createTable('duty_handovers')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('written_by', 'text', (c) => c.notNull())
    .addColumn('written_by_name', 'text', (c) => c.notNull())
    .addColumn('written_at', types.timestamp, (c) => c.notNull())
    .addColumn('open_incidents', types.json, (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'text')
    .addColumn('acknowledged_by_name', 'text')
    .addColumn('acknowledged_at', types.timestamp)
    .addPrimaryKeyConstraint('duty_handovers_pkey', ['id', 'district_code'])
    .execute();
  await db.schema.createIndex('duty_handovers_district_code_region_code_written_at').on('duty_handovers').columns(['district_code', 'region_code', 'written_at']).execute();
}
