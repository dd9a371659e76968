import type { Kysely } from 'kysely';

/**
 * Indexes for the hazard list's sortable columns (issue 16, ADR 0091). A deadline order reads the
 * hazards with a deadline as one `(…, deadline, id)` range (forwards for most urgent first,
 * backwards for the latest first) and those without one after them by id, so a first page reads
 * one page of index entries whatever the district's size: district-wide, for a town, and for the
 * open statuses (`hazards_district_code_status_deadline_id` already exists). The level order's
 * `(district_code, level, id)` exists; a status filter splits into one range per status, which
 * `(district_code, status, level, id)` serves.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('hazards_district_code_deadline_id').on('hazards').columns(['district_code', 'deadline', 'id']).execute();
  await db.schema.createIndex('hazards_district_code_town_code_deadline_id').on('hazards').columns(['district_code', 'town_code', 'deadline', 'id']).execute();
  await db.schema.createIndex('hazards_district_code_status_level_id').on('hazards').columns(['district_code', 'status', 'level', 'id']).execute();
}
