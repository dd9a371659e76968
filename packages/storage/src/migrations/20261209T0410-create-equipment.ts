import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): their keys carry district_code. */
export const EQUIPMENT_DISTRIBUTED_TABLES = ['equipment'] as const;

/**
 * 设备台账 (ADR 0086): equipment attached to units, elevators first. Dates are Shanghai calendar
 * days as text (YYYY-MM-DD), so "due" and "overdue" compare as text on both databases. A hazard may
 * name one piece (`hazards.equipment_id`, no foreign key: hazards are distributed like equipment
 * but a hazard outlives a deleted record).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('equipment')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('registration_code', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('maintenance_company', 'text')
    .addColumn('commissioned_on', 'text')
    .addColumn('last_inspection_date', 'text')
    .addColumn('next_inspection_date', 'text')
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('equipment_pkey', ['id', 'district_code'])
    .execute();
  await db.schema.createIndex('equipment_district_code_unit_id').on('equipment').columns(['district_code', 'unit_id']).execute();
  await db.schema.createIndex('equipment_district_code_next_inspection_date').on('equipment').columns(['district_code', 'next_inspection_date']).execute();
  await db.schema.alterTable('hazards').addColumn('equipment_id', 'text').execute();
}
