import type { Kysely } from 'kysely';

/**
 * Drops `hazards_district_code_status_deadline` (issue 18, ADR 0107): its columns are the leading
 * columns of `hazards_district_code_status_deadline_id`, so every seek, range and order it served
 * the longer index serves the same way (checked with EXPLAIN QUERY PLAN, bench/README.md "Creates
 * (issue 18, 2026-12-08)"), and each create paid one B-tree insert for it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('hazards_district_code_status_deadline').ifExists().execute();
}
