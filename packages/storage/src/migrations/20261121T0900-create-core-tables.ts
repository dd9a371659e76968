import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/**
 * Regions, grids, users, sessions, units with their history, hazards with their events, photos
 * and idempotency keys. Every large table carries district_code (Citus distribution key later).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { dialect, types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text', (c) => c.references('regions.code'))
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in (${inList(['district', 'town', 'village'])})`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('center_lng', types.double)
    .addColumn('center_lat', types.double)
    .addColumn('boundary', types.json)
    .execute();
  await db.schema.createIndex('regions_district_code_level').on('regions').columns(['district_code', 'level']).execute();

  await db.schema
    .createTable('grids')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('village_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('boundary', types.json, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('grids_district_code_village_code').on('grids').columns(['district_code', 'village_code']).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in (${inList(['district', 'department', 'town', 'grid_worker', 'enterprise'])})`))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('grid_ids', types.json, (c) => c.notNull())
    .addColumn('sectors', types.json, (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('phone', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'disabled')`))
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_district_code').on('users').column('district_code').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('expires_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('grid_id', 'text', (c) => c.notNull().references('grids.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lng', types.double, (c) => c.notNull())
    .addColumn('lat', types.double, (c) => c.notNull())
    .addColumn('risk_tags', types.json, (c) => c.notNull())
    .addColumn('dust_kind', 'text')
    .addColumn('venue_type', 'text')
    .addColumn('employees', 'integer')
    .addColumn('floor_area', types.double)
    .addColumn('contacts', types.json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'suspended', 'closed')`))
    .addColumn('parent_id', 'text', (c) => c.references('units.id'))
    .addColumn('search_text', 'text', (c) => c.notNull())
    // Byte order on both databases, so keyset pages agree with ORDER BY whatever the server's locale.
    .addColumn('name_sort', dialect === 'postgres' ? sql`text collate "C"` : 'text', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('units_district_code_name_sort_id').on('units').columns(['district_code', 'name_sort', 'id']).execute();
  await db.schema.createIndex('units_district_code_id').on('units').columns(['district_code', 'id']).execute();
  await db.schema.createIndex('units_town_code_id').on('units').columns(['town_code', 'id']).execute();
  await db.schema.createIndex('units_village_code_id').on('units').columns(['village_code', 'id']).execute();
  await db.schema.createIndex('units_grid_id_id').on('units').columns(['grid_id', 'id']).execute();
  await db.schema.createIndex('units_district_code_kind_id').on('units').columns(['district_code', 'kind', 'id']).execute();
  await db.schema.createIndex('units_district_code_sector_id').on('units').columns(['district_code', 'sector', 'id']).execute();
  await db.schema.createIndex('units_parent_id').on('units').column('parent_id').execute();
  await db.schema
    .createIndex('units_district_code_credit_code')
    .on('units')
    .columns(['district_code', 'credit_code'])
    .unique()
    .where(sql.ref('credit_code'), 'is not', null)
    .execute();

  await db.schema
    .createTable('unit_tags')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_tags_pkey', ['unit_id', 'tag'])
    .execute();
  await db.schema.createIndex('unit_tags_district_code_tag_unit_id').on('unit_tags').columns(['district_code', 'tag', 'unit_id']).execute();

  await db.schema
    .createTable('unit_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('at', types.timestamp, (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('changes', types.json, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('unit_changes_unit_id_id').on('unit_changes').columns(['unit_id', 'id']).execute();

  await db.schema
    .createTable('hazards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('grid_id', 'text', (c) => c.notNull().references('grids.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in (${inList(['inspection', 'patrol', 'self_check', 'public', 'campaign'])})`))
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('general', 'major')`))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('lng', types.double)
    .addColumn('lat', types.double)
    .addColumn('legal_basis', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in (${inList(['reported', 'assigned', 'submitted', 'closed', 'dismissed'])})`))
    .addColumn('deadline', 'text')
    .addColumn('assignee_id', 'text')
    .addColumn('plan', types.json)
    .addColumn('photo_ids', types.json, (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('reported_at', types.timestamp, (c) => c.notNull())
    .addColumn('found_at', types.timestamp, (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('closed_at', types.timestamp)
    .addColumn('dismiss_reason', 'text')
    .addColumn('extension_count', 'integer', (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hazards_district_code_id').on('hazards').columns(['district_code', 'id']).execute();
  await db.schema.createIndex('hazards_district_code_status_id').on('hazards').columns(['district_code', 'status', 'id']).execute();
  await db.schema.createIndex('hazards_town_code_status_id').on('hazards').columns(['town_code', 'status', 'id']).execute();
  await db.schema.createIndex('hazards_village_code_id').on('hazards').columns(['village_code', 'id']).execute();
  await db.schema.createIndex('hazards_grid_id_status_id').on('hazards').columns(['grid_id', 'status', 'id']).execute();
  await db.schema.createIndex('hazards_unit_id_id').on('hazards').columns(['unit_id', 'id']).execute();
  await db.schema.createIndex('hazards_district_code_status_deadline').on('hazards').columns(['district_code', 'status', 'deadline']).execute();
  await db.schema.createIndex('hazards_district_code_sector_id').on('hazards').columns(['district_code', 'sector', 'id']).execute();
  await db.schema.createIndex('hazards_assignee_id_status').on('hazards').columns(['assignee_id', 'status']).execute();

  await db.schema
    .createTable('hazard_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('hazard_id', 'text', (c) => c.notNull().references('hazards.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('at', types.timestamp, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('photo_ids', types.json, (c) => c.notNull())
    .addColumn('details', types.json, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hazard_events_hazard_id_id').on('hazard_events').columns(['hazard_id', 'id']).execute();

  await db.schema
    .createTable('photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('taken_at', types.timestamp)
    .addColumn('lng', types.double)
    .addColumn('lat', types.double)
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', types.timestamp, (c) => c.notNull())
    .addColumn('original_name', 'text')
    .execute();
  await db.schema.createIndex('photos_uploaded_by').on('photos').column('uploaded_by').execute();

  await db.schema
    .createTable('hazard_photos')
    .addColumn('photo_id', 'text', (c) => c.notNull().references('photos.id'))
    .addColumn('hazard_id', 'text', (c) => c.notNull().references('hazards.id'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('hazard_photos_pkey', ['photo_id', 'hazard_id'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pkey', ['user_id', 'key'])
    .execute();

  await createUnitSearchIndex(db, dialect);
}

/**
 * Chinese search on unit names and addresses with trigram semantics: FTS5's trigram tokenizer on
 * SQLite, pg_trgm on PostgreSQL. Fragments of one or two characters fall back to a LIKE scan.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function createUnitSearchIndex(db: Kysely<any>, dialect: MigrationContext['dialect']): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`create virtual table units_search using fts5(search_text, content='units', content_rowid='rowid', tokenize='trigram')`.execute(db);
    await sql`create trigger units_search_insert after insert on units begin
      insert into units_search(rowid, search_text) values (new.rowid, new.search_text); end`.execute(db);
    await sql`create trigger units_search_delete after delete on units begin
      insert into units_search(units_search, rowid, search_text) values ('delete', old.rowid, old.search_text); end`.execute(db);
    await sql`create trigger units_search_update after update of search_text on units begin
      insert into units_search(units_search, rowid, search_text) values ('delete', old.rowid, old.search_text);
      insert into units_search(rowid, search_text) values (new.rowid, new.search_text); end`.execute(db);
  } else {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index units_search_text_trgm on units using gin (search_text gin_trgm_ops)`.execute(db);
  }
}
