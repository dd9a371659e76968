import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Inspections placed like their unit (scope columns), with answers as JSON; the hazards failed
 * items became (for campaign figures) and the photos they carry (for photo access).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('inspections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('grid_id', 'text', (c) => c.notNull().references('grids.id'))
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('checklist_id', 'text', (c) => c.notNull().references('checklists.id'))
    .addColumn('checklist_code', 'text', (c) => c.notNull())
    .addColumn('checklist_version', 'integer', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.references('campaigns.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('supervision', 'self_inspection')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in_progress', 'finished', 'cancelled')`))
    .addColumn('inspector_id', 'text', (c) => c.notNull())
    .addColumn('inspector_name', 'text', (c) => c.notNull())
    .addColumn('started_at', types.timestamp, (c) => c.notNull())
    .addColumn('lng', types.double, (c) => c.notNull())
    .addColumn('lat', types.double, (c) => c.notNull())
    .addColumn('distance_metres', 'integer', (c) => c.notNull())
    .addColumn('far_reason', 'text')
    .addColumn('item_ids', types.json, (c) => c.notNull())
    .addColumn('answers', types.json, (c) => c.notNull())
    .addColumn('finished_at', types.timestamp)
    .addColumn('signed_by', 'text')
    .addColumn('signature_photo_id', 'text')
    .addColumn('failed_items', 'integer', (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspections_district_code_id').on('inspections').columns(['district_code', 'id']).execute();
  await db.schema.createIndex('inspections_town_code_id').on('inspections').columns(['town_code', 'id']).execute();
  await db.schema.createIndex('inspections_grid_id_id').on('inspections').columns(['grid_id', 'id']).execute();
  await db.schema.createIndex('inspections_unit_id_status_finished_at').on('inspections').columns(['unit_id', 'status', 'finished_at']).execute();
  await db.schema.createIndex('inspections_campaign_id_status').on('inspections').columns(['campaign_id', 'status']).execute();
  await db.schema.createIndex('inspections_inspector_id_status').on('inspections').columns(['inspector_id', 'status']).execute();

  await db.schema
    .createTable('inspection_findings')
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspections.id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('hazard_id', 'text', (c) => c.notNull().references('hazards.id'))
    .addColumn('campaign_id', 'text', (c) => c.references('campaigns.id'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inspection_findings_pkey', ['inspection_id', 'item_id'])
    .execute();
  await db.schema.createIndex('inspection_findings_campaign_id').on('inspection_findings').column('campaign_id').execute();
  await db.schema.createIndex('inspection_findings_hazard_id').on('inspection_findings').column('hazard_id').execute();

  await db.schema
    .createTable('inspection_photos')
    .addColumn('photo_id', 'text', (c) => c.notNull().references('photos.id'))
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspections.id'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inspection_photos_pkey', ['photo_id', 'inspection_id'])
    .execute();
}
