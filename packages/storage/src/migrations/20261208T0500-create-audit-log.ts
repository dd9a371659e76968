import type { Kysely } from 'kysely';
import { chainUnaudited } from '../audit/audit-chain.js';
import type { MigrationContext } from './migration-context.js';

/**
 * The hash-chained audit trail per district (ADR 0071): `audit_log` holds one entry per audited
 * row write (the row's canonical content, its predecessor's hash and its own), `audit_heads` the
 * latest seq and hash of each district (locked while appending), `audit_anchors` one record per
 * district and day of the head and of that day's verification. The application only inserts into
 * the log and anchors (a test checks no code updates or deletes them). Existing rows are chained
 * here, oldest first.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('source_table', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_log_pkey', ['district_code', 'seq'])
    .execute();
  await db.schema.createIndex('audit_log_source').on('audit_log').columns(['source_table', 'source_id']).execute();

  await db.schema
    .createTable('audit_heads')
    .addColumn('district_code', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_anchors')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('verified_ok', 'integer', (c) => c.notNull())
    .addColumn('problem', types.json)
    .addColumn('recorded_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_anchors_pkey', ['district_code', 'day'])
    .execute();

  // The tables audited when this migration was written; later ones exist only after their own migration.
  await chainUnaudited(db, ['hazard_events', 'unit_changes', 'unit_risk_history', 'tenant_reviews', 'tenant_outcomes', 'users', 'account_lock_events']);
}
