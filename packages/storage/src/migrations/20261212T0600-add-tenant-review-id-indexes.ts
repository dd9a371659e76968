import type { Kysely } from 'kysely';

/**
 * The tenant review queue's application orders (ADR 0113). With no status filter, EXPLAIN on SQLite
 * showed `USE TEMP B-TREE FOR ORDER BY` for both the old newest-first order and the new oldest-first
 * one: every review of the district (or town) sorted for one page, since the scope indexes lead with
 * the status. `(district_code, id)` and `(town_code, id)` give one index range read either way. The
 * status orders use `(district_code | town_code, status, id)`, which exist.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('tenant_reviews_district_code_id').on('tenant_reviews').columns(['district_code', 'id']).execute();
  await db.schema.createIndex('tenant_reviews_town_code_id').on('tenant_reviews').columns(['town_code', 'id']).execute();
}
