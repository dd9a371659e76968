import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Checklist templates, one row per version. Built-in versions have no district (shared by all) and
 * an id derived from code and version; a district's own versions are unique per code and number.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('checklists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('applies_to', types.json, (c) => c.notNull())
    .addColumn('excluded_sectors', types.json, (c) => c.notNull())
    .addColumn('items', types.json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'superseded')`))
    .addColumn('based_on_id', 'text', (c) => c.references('checklists.id'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('checklists_district_code_code_version').on('checklists').columns(['district_code', 'code', 'version']).unique().execute();
  await db.schema.createIndex('checklists_code_version').on('checklists').columns(['code', 'version']).execute();
}
