import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus like every table since ADR 0030. */
export const REPORT_DISTRIBUTED_TABLES = ['leadership_reports'] as const;

/**
 * 通报 (ADR 0083): weekly and monthly reports of a district or town, stored once with their PDF and
 * xlsx bytes so a download is exactly what was generated and sent. A scheduled report is unique per
 * region, kind and period (a repeated job run cannot add a second); reports on demand are not.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { dialect, types }: MigrationContext): Promise<void> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  await db.schema
    .createTable('leadership_reports')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('region_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('weekly', 'monthly')`))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('first_day', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger in ('schedule', 'demand')`))
    .addColumn('pdf', bytes, (c) => c.notNull())
    .addColumn('pdf_size', 'integer', (c) => c.notNull())
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('xlsx', bytes, (c) => c.notNull())
    .addColumn('xlsx_size', 'integer', (c) => c.notNull())
    .addColumn('xlsx_sha256', 'text', (c) => c.notNull())
    .addColumn('generated_by', 'text')
    .addColumn('generated_by_name', 'text', (c) => c.notNull())
    .addColumn('generated_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('leadership_reports_pkey', ['district_code', 'id'])
    .execute();
  await db.schema.createIndex('leadership_reports_region').on('leadership_reports').columns(['district_code', 'region_code', 'id']).execute();
  await sql`create unique index leadership_reports_scheduled on leadership_reports (district_code, region_code, kind, period_key) where trigger = 'schedule'`.execute(db);
}
