import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * The working-day calendar (ADR 0063). `calendar_national_days` holds the State Council list,
 * written on start from the chinese-days package (a reference table on Citus: every district reads
 * it); `calendar_district_days` holds each district's own entries (next year's list before the
 * package has it, local exceptions), which override the national day of the same date. A date in
 * neither table follows the weekday rule. `working` is 0/1 (SQLite binds no booleans).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('calendar_national_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('working', 'integer', (c) => c.notNull().check(sql`working in (0, 1)`))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('calendar_district_days')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('working', 'integer', (c) => c.notNull().check(sql`working in (0, 1)`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_district_days_pkey', ['district_code', 'date'])
    .execute();
}
