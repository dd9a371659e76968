import { sql, type Kysely } from 'kysely';
import { chainUnaudited } from '../audit/audit-chain.js';
import type { MigrationContext } from './migration-context.js';

/**
 * Kept on the Citus coordinator next to `users`, `sessions` and the log-in guard (ADR 0030, 0059):
 * the second step of a log-in reads them before any district is known.
 */
export const TWO_FACTOR_COORDINATOR_TABLES = ['totp_enrolments', 'recovery_codes', 'login_challenges', 'two_factor_events', 'two_factor_policies'] as const;

/**
 * The optional second factor (issue 16, ADR 0093): each user's TOTP secret (pending until a first
 * code confirms it) with the last accepted time step (no replay), hashed one-time recovery codes,
 * the short-lived challenges between a right password and its code, who turned a second factor on
 * or off (audited), and each district's rule for district-office accounts (audited).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('totp_enrolments')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'enabled')`))
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('enabled_at', types.timestamp)
    .addColumn('last_used_step', 'integer')
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', types.timestamp)
    .addPrimaryKeyConstraint('recovery_codes_pkey', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('login_challenges')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('expires_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_challenges_expires_at').on('login_challenges').column('expires_at').execute();

  await db.schema
    .createTable('two_factor_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('enabled', 'disabled', 'reset')`))
    .addColumn('at', types.timestamp, (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.notNull())
    .addColumn('actor_username', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('two_factor_events_user_id_at').on('two_factor_events').columns(['user_id', 'at']).execute();

  await db.schema
    .createTable('two_factor_policies')
    .addColumn('district_code', 'text', (c) => c.primaryKey())
    .addColumn('required_for_district_office', 'integer', (c) => c.notNull().check(sql`required_for_district_office in (0, 1)`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .execute();
  // Both audited tables start empty; the call keeps the rule that a migration adding one chains its rows.
  await chainUnaudited(db);
}
