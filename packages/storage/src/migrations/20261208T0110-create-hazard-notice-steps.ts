import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * "Sent once" for automatic 督办 (ADR 0063): one row per hazard, step and deadline, inserted in the
 * same transaction as the timeline event, so a rerun or a second worker finds the key taken. An
 * extended deadline is a new key and arms the steps again. The index on hazards serves the
 * escalation job's candidate read: assigned hazards of a district by deadline range.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('hazard_notice_steps')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('hazard_id', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull().check(sql`step in ('remind', 'overdue', 'escalate_department', 'escalate_district')`))
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('taken_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('hazard_notice_steps_pkey', ['district_code', 'hazard_id', 'step', 'deadline'])
    .execute();
  await db.schema
    .createIndex('hazards_district_code_status_deadline_id')
    .on('hazards')
    .columns(['district_code', 'status', 'deadline', 'id'])
    .execute();
}
