import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Campaigns (专项整治): period, scope as JSON, the checklist their inspections use, targets. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('owner_region_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('scope', types.json, (c) => c.notNull())
    .addColumn('checklist_id', 'text', (c) => c.notNull().references('checklists.id'))
    .addColumn('checklist_code', 'text', (c) => c.notNull())
    .addColumn('target_coverage', types.double, (c) => c.notNull())
    .addColumn('target_rectification', types.double)
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('campaigns_district_code_id').on('campaigns').columns(['district_code', 'id']).execute();
}
