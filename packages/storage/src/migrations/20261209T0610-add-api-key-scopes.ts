import type { Kysely } from 'kysely';

/**
 * API keys get scopes (issue 16, ADR 0089): a JSON list of what the key may do. Keys issued before
 * keep doing what they did, submitting Open311 requests; `data.read` is given only when issued so.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_keys').addColumn('scopes', 'text', (c) => c.notNull().defaultTo('["open311.submit"]')).execute();
}
