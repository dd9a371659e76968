import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): their keys carry district_code. */
export const SECTOR_DUTY_DISTRIBUTED_TABLES = ['sector_duties'] as const;

/**
 * 三管三必须 (ADR 0085): a district's own lead and co-responsible departments per sector. Sectors
 * without a row use core's defaults, so an empty table changes nothing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('sector_duties')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('lead_department', 'text', (c) => c.notNull())
    .addColumn('co_departments', types.json, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('sector_duties_pkey', ['id', 'district_code'])
    .addUniqueConstraint('sector_duties_district_code_sector', ['district_code', 'sector'])
    .execute();
}
