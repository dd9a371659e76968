import type { Kysely } from 'kysely';

/**
 * The inspection list's hazards-found and status orders (issues 13 and 16, ADR 0112). Without an
 * index on either column, EXPLAIN on SQLite showed `USE TEMP B-TREE FOR ORDER BY`: every inspection
 * of the district sorted for one page. `(district_code, failed_items, id)` and
 * `(district_code, status, id)` give one index range read forwards or backwards. The start orders
 * keep using `(district_code, id)`, which exists.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('inspections_district_code_failed_items_id').on('inspections').columns(['district_code', 'failed_items', 'id']).execute();
  await db.schema.createIndex('inspections_district_code_status_id').on('inspections').columns(['district_code', 'status', 'id']).execute();
}
