import type { Kysely } from 'kysely';

/**
 * The delivery log's attempts order (issue 16, ADR 0108). Without an index on the column, EXPLAIN on
 * SQLite showed `USE TEMP B-TREE FOR ORDER BY`: every delivery of the district sorted for one page.
 * `(district_code, attempts, id)` gives one index range read forwards or backwards. The creation
 * orders use `(district_code, id)` and the status orders `(district_code, status, id)`, which exist.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('notification_deliveries_district_code_attempts_id').on('notification_deliveries').columns(['district_code', 'attempts', 'id']).execute();
}
