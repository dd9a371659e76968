import { sql } from 'kysely';
import type { SafeGridDatabase } from '@safegrid/storage';

/**
 * A test handler's effect on the real database: a counter and one marker per job, so a handler
 * that runs twice for one job can tell and must not count twice (the idempotency every job needs).
 */
export async function createEffectTables(database: SafeGridDatabase): Promise<void> {
  await sql`create table job_test_markers (job_id text primary key)`.execute(database.db);
  await sql`create table job_test_counter (name text primary key, n integer not null)`.execute(database.db);
  await sql`insert into job_test_counter (name, n) values ('effects', 0)`.execute(database.db);
}

/** Applies the effect of `jobId` unless it was applied before, in one transaction. */
export async function applyEffectOnce(database: SafeGridDatabase, jobId: string): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    const marked = await sql`insert into job_test_markers (job_id) values (${jobId}) on conflict do nothing`.execute(trx);
    if ((marked.numAffectedRows ?? 0n) === 0n) return;
    await sql`update job_test_counter set n = n + 1 where name = 'effects'`.execute(trx);
  });
}

export async function countEffects(database: SafeGridDatabase): Promise<{ effects: number; markers: number }> {
  const effects = await sql<{ n: number }>`select n from job_test_counter where name = 'effects'`.execute(database.db);
  const markers = await sql<{ n: number | string }>`select count(*) as n from job_test_markers`.execute(database.db);
  return { effects: Number(effects.rows[0]?.n), markers: Number(markers.rows[0]?.n) };
}

export const EFFECT_JOB_KIND = 'test.effect';

/** A batchable kind (ADR 0116) whose batch the SIGKILL test's worker holds until it is killed. */
export const BATCH_HANG_JOB_KIND = 'test.batch-hang';
