import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district_code on Citus (ADR 0030); the counters stay on the coordinator like login_attempts. */
export const PUBLIC_REPORT_DISTRIBUTED_TABLES = ['public_reports', 'hazard_merges'] as const;
export const PUBLIC_REPORT_COORDINATOR_TABLES = ['public_report_attempts'] as const;

/**
 * 群众举报 (issue 12, ADR 0074): one row per member of the public's report with the hash of its
 * tracking code (unique per district; 80 random bits make a clash across districts as unlikely as
 * guessing one, and the lookup by hash alone is indexed); the merges of duplicate hazards into
 * their original; fixed-window submission counters per hashed client address and mobile number.
 * Hazards gain an index on (district, category, lat, lng): the likely-duplicate search reads one
 * latitude range of one category instead of scanning the district.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('public_reports')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('hazard_id', 'text', (c) => c.notNull())
    .addColumn('reported_hazard_id', 'text')
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('web', 'open311')`))
    .addColumn('client_name', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('photo_ids', types.json, (c) => c.notNull())
    .addColumn('reporter_name', 'text')
    .addColumn('reporter_phone', 'text')
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('public_reports_pkey', ['district_code', 'id'])
    .execute();
  await db.schema.createIndex('public_reports_district_code_code_hash').unique().on('public_reports').columns(['district_code', 'code_hash']).execute();
  await db.schema.createIndex('public_reports_code_hash').on('public_reports').column('code_hash').execute();
  await db.schema.createIndex('public_reports_district_code_created_at').on('public_reports').columns(['district_code', 'created_at']).execute();
  await db.schema.createIndex('public_reports_district_code_hazard_id').on('public_reports').columns(['district_code', 'hazard_id']).execute();

  await db.schema
    .createTable('hazard_merges')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('duplicate_id', 'text', (c) => c.notNull())
    .addColumn('original_id', 'text', (c) => c.notNull())
    .addColumn('merged_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('hazard_merges_pkey', ['district_code', 'duplicate_id'])
    .execute();
  await db.schema.createIndex('hazard_merges_district_code_original_id').on('hazard_merges').columns(['district_code', 'original_id']).execute();

  await db.schema
    .createTable('public_report_attempts')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', types.timestamp, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('public_report_attempts_pkey', ['key', 'window_start'])
    .execute();
  await db.schema.createIndex('public_report_attempts_window_start').on('public_report_attempts').column('window_start').execute();

  await db.schema.createIndex('hazards_district_code_category_lat_lng').on('hazards').columns(['district_code', 'category', 'lat', 'lng']).execute();
}
