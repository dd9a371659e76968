import type { Kysely } from 'kysely';

/**
 * Account administration (issue 16, ADR 0088): `must_change_password` (1 after an administrator's
 * reset or a new account's one-time password, 0 once the person chose their own) and `updated_by`,
 * the username of who last changed the row, so the audit chain's copy of the row says who did it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('users').addColumn('updated_by', 'text').execute();
}
