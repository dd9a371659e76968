import { sql, type Kysely } from 'kysely';
import type { Job, JobStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { DialectName } from '../database.js';
import { toJob, toJobRow } from './job-rows.js';

const EXPIRED_LEASE_ERROR = 'the previous run stopped without finishing (its lease expired)';

/**
 * Durable jobs (ADR 0058). The claim is one UPDATE … RETURNING over the due rows:
 * - PostgreSQL picks them with `FOR UPDATE SKIP LOCKED`, so runners on other connections skip
 *   rows already being claimed instead of waiting for them, and re-check each locked row (a row
 *   another runner just leased no longer matches and is left out).
 * - SQLite has one writer: the UPDATE takes the write lock as its first step (stack notes P14),
 *   so a claim never reads a snapshot that another process's claim has since changed.
 * Every runner call after the claim names the lease owner and `state = 'running'`: a runner whose
 * lease ran out (and whose job another runner took) changes nothing.
 */
export function createJobStore(db: Kysely<Database>, dialect: DialectName): JobStore {
  const byKey = (job: Pick<Job, 'id' | 'districtCode'>) =>
    db.updateTable('jobs').where('id', '=', job.id).where('districtCode', '=', job.districtCode);
  const held = (job: Pick<Job, 'id' | 'districtCode'>, owner: string) =>
    byKey(job).where('state', '=', 'running').where('leaseOwner', '=', owner);
  const changed = (result: { numUpdatedRows: bigint }) => result.numUpdatedRows > 0n;

  return {
    async enqueue(job) {
      const result = await db
        .insertInto('jobs')
        .values(toJobRow(job))
        .onConflict((conflict) => conflict.columns(['districtCode', 'kind', 'dedupeKey']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    async enqueueOrRequeue(job) {
      // One statement: on SQLite the write lock orders it against a claim; on PostgreSQL the upsert
      // locks the row until this transaction ends, so a claim (SKIP LOCKED) cannot take the job
      // before the write that queued it is visible to the run.
      const result = await db
        .insertInto('jobs')
        .values(toJobRow(job))
        .onConflict((conflict) => conflict.columns(['districtCode', 'kind', 'dedupeKey'])
          .doUpdateSet((eb) => ({
            state: 'queued', attempts: 0, runAt: eb.ref('excluded.runAt'), payload: eb.ref('excluded.payload'), leaseOwner: null, leaseExpiresAt: null,
            lastError: null, progressDone: null, progressTotal: null, updatedAt: eb.ref('excluded.updatedAt'), finishedAt: null,
          }))
          .where('jobs.state', '<>', 'queued'))
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    async claim({ owner, now, leaseMs, limit, kinds }) {
      const at = now.toISOString();
      // A job whose worker stopped on its last attempt will not be claimed again: it is dead.
      await db
        .updateTable('jobs')
        .set({ state: 'dead', leaseOwner: null, leaseExpiresAt: null, finishedAt: at, updatedAt: at, lastError: sql<string>`coalesce(last_error, ${EXPIRED_LEASE_ERROR})` })
        .where('state', '=', 'running')
        .where('leaseExpiresAt', '<=', at)
        .whereRef('attempts', '>=', 'maxAttempts')
        .execute();
      const due = db
        .selectFrom('jobs')
        .select('id')
        .where((eb) => eb.or([
          eb.and([eb('state', 'in', ['queued', 'retrying']), eb('runAt', '<=', at)]),
          eb.and([eb('state', '=', 'running'), eb('leaseExpiresAt', '<=', at), eb('attempts', '<', eb.ref('maxAttempts'))]),
        ]))
        .$if(kinds !== undefined, (query) => query.where('kind', 'in', kinds ?? []))
        .orderBy('runAt')
        .orderBy('id')
        .limit(limit)
        .$if(dialect === 'postgres', (query) => query.forUpdate().skipLocked());
      const rows = await db
        .updateTable('jobs')
        .set((eb) => ({
          state: 'running',
          attempts: eb('attempts', '+', 1),
          leaseOwner: owner,
          leaseExpiresAt: new Date(now.getTime() + leaseMs).toISOString(),
          updatedAt: at,
          lastError: sql<string | null>`case when state = 'running' then ${EXPIRED_LEASE_ERROR} else last_error end`,
        }))
        .where('id', 'in', due)
        .returningAll()
        .execute();
      return rows.map(toJob).sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id.localeCompare(b.id));
    },

    async renewLease(job, owner, leaseExpiresAt, now) {
      return changed(await held(job, owner).set({ leaseExpiresAt, updatedAt: now }).executeTakeFirst());
    },

    async progress(job, owner, progress, now) {
      return changed(await held(job, owner).set({ progressDone: progress.done, progressTotal: progress.total, updatedAt: now }).executeTakeFirst());
    },

    async succeed(job, owner, now) {
      return changed(await held(job, owner).set({ state: 'succeeded', leaseOwner: null, leaseExpiresAt: null, updatedAt: now, finishedAt: now }).executeTakeFirst());
    },

    async succeedMany(jobs, owner, now) {
      if (jobs.length === 0) return [];
      // Ids are unique across districts; the lease owner and state still guard every row.
      const rows = await db.updateTable('jobs')
        .set({ state: 'succeeded', leaseOwner: null, leaseExpiresAt: null, updatedAt: now, finishedAt: now })
        .where('id', 'in', jobs.map((job) => job.id))
        .where('districtCode', 'in', [...new Set(jobs.map((job) => job.districtCode))])
        .where('state', '=', 'running')
        .where('leaseOwner', '=', owner)
        .returning('id')
        .execute();
      return rows.map((row) => row.id);
    },

    async fail(job, owner, outcome, now) {
      return changed(await held(job, owner).set({
        state: outcome.state, runAt: outcome.runAt, lastError: outcome.error, leaseOwner: null, leaseExpiresAt: null, updatedAt: now,
        finishedAt: outcome.state === 'dead' ? now : null,
      }).executeTakeFirst());
    },

    async requeue(job, now) {
      return changed(await byKey(job).where('state', 'in', ['retrying', 'dead'])
        .set({ state: 'queued', attempts: 0, runAt: now, updatedAt: now, finishedAt: null }).executeTakeFirst());
    },

    async find(id, districtCode) {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toJob(row);
    },

    async list({ districtCode, states, limit }) {
      const rows = await db
        .selectFrom('jobs')
        .selectAll()
        .where('districtCode', '=', districtCode)
        .$if(states !== undefined, (query) => query.where('state', 'in', states ?? []))
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toJob);
    },

    async countByState() {
      const rows = await db.selectFrom('jobs').select(['state', (eb) => eb.fn.countAll<number | string>().as('count')]).groupBy('state').execute();
      return Object.fromEntries(rows.map((row) => [row.state, Number(row.count)]));
    },

    async recordScheduleRun(schedule, plannedAt, now) {
      const result = await db
        .insertInto('scheduleRuns')
        .values({ schedule, plannedAt, recordedAt: now })
        .onConflict((conflict) => conflict.columns(['schedule', 'plannedAt']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
  };
}
