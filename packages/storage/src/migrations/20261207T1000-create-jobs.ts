import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): its keys carry district_code. */
export const JOB_DISTRIBUTED_TABLES = ['jobs'] as const;
/** Kept on the coordinator: a schedule's planned run is one row for all districts. */
export const JOB_COORDINATOR_TABLES = ['schedule_runs'] as const;

/**
 * Durable jobs and the runs of recurring schedules (ADR 0058). A job row is written in the same
 * transaction as the write that asks for it; workers lease due rows (state, run_at) and renew the
 * lease while they run. `schedule_runs` holds one row per schedule and planned time, so a planned
 * run is enqueued once however many processes look at the clock.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', types.json, (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('queued', 'running', 'succeeded', 'retrying', 'dead')`))
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull().check(sql`max_attempts >= 1`))
    .addColumn('run_at', types.timestamp, (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_expires_at', types.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('progress_done', 'integer')
    .addColumn('progress_total', 'integer')
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('finished_at', types.timestamp)
    .addPrimaryKeyConstraint('jobs_pkey', ['id', 'district_code'])
    .addUniqueConstraint('jobs_district_code_kind_dedupe_key', ['district_code', 'kind', 'dedupe_key'])
    .execute();
  // Claims look for due rows by state and time; the district's list reads newest first.
  await db.schema.createIndex('jobs_state_run_at').on('jobs').columns(['state', 'run_at']).execute();
  await db.schema.createIndex('jobs_state_lease_expires_at').on('jobs').columns(['state', 'lease_expires_at']).execute();
  await db.schema.createIndex('jobs_district_code_created_at').on('jobs').columns(['district_code', 'created_at']).execute();
  await db.schema.createIndex('jobs_district_code_state_created_at').on('jobs').columns(['district_code', 'state', 'created_at']).execute();

  await db.schema
    .createTable('schedule_runs')
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('planned_at', types.timestamp, (c) => c.notNull())
    .addColumn('recorded_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('schedule_runs_pkey', ['schedule', 'planned_at'])
    .execute();
}
