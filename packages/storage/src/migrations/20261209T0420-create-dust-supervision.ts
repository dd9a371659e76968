import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): their keys carry district_code. */
export const DUST_SUPERVISION_DISTRIBUTED_TABLES = ['dust_supervision'] as const;

/** 涉粉企业常态监管 (ADR 0086): a dust unit's 安全专员 and 除尘系统改造 state, one row per unit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('dust_supervision')
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('officer_name', 'text')
    .addColumn('officer_phone', 'text')
    .addColumn('certificate_no', 'text')
    .addColumn('trained_on', 'text')
    .addColumn('retrofit_state', 'text', (c) => c.notNull().check(sql`retrofit_state in ('not_started', 'in_progress', 'done')`))
    .addColumn('retrofit_date', 'text')
    .addColumn('retrofit_photo_id', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('dust_supervision_pkey', ['unit_id', 'district_code'])
    .execute();
}
