import type { Kysely } from 'kysely';

/**
 * Indexes that let a hazard list page (newest first, keyset cursor on id) read one index range in
 * id order instead of sorting every match (issue 4): a town filter or town user, the major level,
 * a grid and an assignee. Statuses already have `(district_code, status, id)`; the store splits
 * IN lists into one range per value (hazard-list-query.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('hazards_district_code_town_code_id').on('hazards').columns(['district_code', 'town_code', 'id']).execute();
  await db.schema.createIndex('hazards_district_code_level_id').on('hazards').columns(['district_code', 'level', 'id']).execute();
}
