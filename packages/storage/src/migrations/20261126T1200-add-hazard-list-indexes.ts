import type { Kysely } from 'kysely';

/**
 * Indexes that let a hazard list page (newest first, keyset cursor on id) read one index range in
 * id order instead of sorting every match (issue 4, ADR 0052): a town filter or town user and the
 * major level. `(district_code, status, id)` gains `deadline`, so the overdue page (assigned, past
 * the deadline) skips assigned hazards not yet due inside the index instead of reading each row.
 * The store splits IN lists into one range per value (stores/hazard-list-query.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('hazards_district_code_town_code_id').on('hazards').columns(['district_code', 'town_code', 'id']).execute();
  await db.schema.createIndex('hazards_district_code_level_id').on('hazards').columns(['district_code', 'level', 'id']).execute();
  await db.schema
    .createIndex('hazards_district_code_status_id_deadline')
    .on('hazards')
    .columns(['district_code', 'status', 'id', 'deadline'])
    .execute();
  await db.schema.dropIndex('hazards_district_code_status_id').execute();
}
