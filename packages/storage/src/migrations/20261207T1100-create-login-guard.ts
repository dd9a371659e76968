import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * Log-in limits held in the database so that several API processes share them (ADR 0059):
 * attempts per key (client address or username) per one-minute window, consecutive failures and
 * the lock per username (any name tried, known or not), and the history of locks and unlocks.
 * All three stay on the Citus coordinator next to `users` and `sessions` (ADR 0030): a log-in
 * reads them before any district is known. Lock events carry the district of the account so the
 * district office reads only its own.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', types.timestamp, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_attempts_pkey', ['key', 'window_start'])
    .execute();
  await db.schema.createIndex('login_attempts_window_start').on('login_attempts').column('window_start').execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('failed_count', 'integer', (c) => c.notNull())
    .addColumn('last_failed_at', types.timestamp, (c) => c.notNull())
    .addColumn('locked_until', types.timestamp)
    .execute();
  await db.schema.createIndex('login_failures_locked_until').on('login_failures').column('locked_until').execute();

  await db.schema
    .createTable('account_lock_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('locked', 'unlocked')`))
    .addColumn('at', types.timestamp, (c) => c.notNull())
    .addColumn('locked_until', types.timestamp)
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_username', 'text')
    .execute();
  await db.schema.createIndex('account_lock_events_user_id_at').on('account_lock_events').columns(['user_id', 'at']).execute();
}
