import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterFailure, newJob, type CoreDeps, type Job, type JobRequest, type Stores, type User } from '@safegrid/core';
import { createInMemoryDeps, createMemoryStores } from '@safegrid/core/testing';
import { openDatabase, type DialectName, type SafeGridDatabase } from '../database.js';
import { createStores, inTransaction } from '../stores.js';
import { DISTRICT, testId } from '../testing/fixtures.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../testing/test-database.js';

const OTHER_DISTRICT = '320411';
const NOW = new Date('2026-03-02T02:00:00.000Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

/** The same store rules, checked on the in-memory fake and on each database. */
interface Target {
  readonly stores: Stores;
  /** Stores over a second connection (pool) to the same database: another process's view. */
  readonly other: Stores;
  readonly inTransaction: CoreDeps['inTransaction'];
  dispose(): Promise<void>;
}

async function openTarget(kind: 'memory' | DialectName): Promise<Target> {
  if (kind === 'memory') {
    const deps = createInMemoryDeps();
    // The fake has one set of tables; `other` reads them without the outer-store guard, like a second connection.
    return { stores: deps, other: createMemoryStores(deps.tables), inTransaction: deps.inTransaction, dispose: async () => undefined };
  }
  const database: TestDatabase = await openTestDatabase(kind, { onDisk: true });
  const second: SafeGridDatabase = openDatabase(database.url, { poolSize: 4 });
  return {
    stores: createStores(database.db, kind),
    other: createStores(second.db, kind),
    inTransaction: inTransaction(database.db, kind),
    async dispose() {
      await second.close();
      await database.dispose();
    },
  };
}

const request = (overrides: Partial<JobRequest> = {}): JobRequest => ({ kind: 'test.work', districtCode: DISTRICT, payload: { n: 1 }, ...overrides });
const job = (overrides: Partial<JobRequest> = {}, now = NOW): Job => newJob(request(overrides), { id: testId(), now });

for (const kind of ['memory', ...testDialects()] as const) {
  describe(`job store [${kind}]`, () => {
    let target: Target;
    beforeEach(async () => {
      target = await openTarget(kind);
    });
    afterEach(async () => target.dispose());

    it('re-queues a job by its dedupe key unless it is queued, taking the lease from a run in progress (ADR 0107)', async () => {
      const first = job({ dedupeKey: 'unit:u1', payload: { unitId: 'u1' } });
      expect(await target.inTransaction((stores) => stores.jobs.enqueueOrRequeue(first))).toBe(true);
      // Still queued: the queued run covers the second write.
      expect(await target.inTransaction((stores) => stores.jobs.enqueueOrRequeue(job({ dedupeKey: 'unit:u1', payload: { unitId: 'u1' } }, at(1))))).toBe(false);
      expect(await target.stores.jobs.list({ districtCode: DISTRICT, limit: 10 })).toEqual([first]);

      const [running] = await target.stores.jobs.claim({ owner: 'a', now: at(2), leaseMs: 60_000, limit: 5 });
      expect(running).toMatchObject({ id: first.id, state: 'running', attempts: 1 });
      await expect(target.inTransaction(async (stores) => {
        await stores.jobs.enqueueOrRequeue(job({ dedupeKey: 'unit:u1' }, at(3)));
        throw new Error('the write failed');
      })).rejects.toThrow('the write failed');
      expect(await target.stores.jobs.find(first.id, DISTRICT)).toMatchObject({ state: 'running', leaseOwner: 'a' });

      expect(await target.inTransaction((stores) => stores.jobs.enqueueOrRequeue(job({ dedupeKey: 'unit:u1', payload: { unitId: 'u1' } }, at(4))))).toBe(true);
      expect(await target.stores.jobs.find(first.id, DISTRICT)).toMatchObject({
        state: 'queued', attempts: 0, runAt: at(4).toISOString(), leaseOwner: null, leaseExpiresAt: null, finishedAt: null, updatedAt: at(4).toISOString(),
      });
      // The interrupted run can no longer finish the job; it runs again.
      expect(await target.stores.jobs.succeed(running!, 'a', at(5).toISOString())).toBe(false);
      const [again] = await target.stores.jobs.claim({ owner: 'b', now: at(6), leaseMs: 60_000, limit: 5 });
      expect(again).toMatchObject({ id: first.id, attempts: 1, leaseOwner: 'b' });
      expect(await target.stores.jobs.succeed(again!, 'b', at(7).toISOString())).toBe(true);

      // Finished jobs (succeeded, dead) come back to the queue: one row per key for ever.
      expect(await target.stores.jobs.enqueueOrRequeue(job({ dedupeKey: 'unit:u1', payload: { unitId: 'u1' } }, at(8)))).toBe(true);
      expect(await target.stores.jobs.list({ districtCode: DISTRICT, limit: 10 })).toMatchObject([{ id: first.id, state: 'queued', runAt: at(8).toISOString() }]);
      expect(await target.stores.jobs.enqueueOrRequeue(job({ dedupeKey: 'unit:u2' }, at(8)))).toBe(true);
      expect(await target.stores.jobs.list({ districtCode: DISTRICT, limit: 10 })).toHaveLength(2);
    });

    it('keeps a job enqueued in a transaction only when the transaction commits, and one per dedupe key', async () => {
      await expect(target.inTransaction(async (stores) => {
        await stores.jobs.enqueue(job({ dedupeKey: 'rolled-back' }));
        throw new Error('the write failed');
      })).rejects.toThrow('the write failed');
      expect(await target.stores.jobs.list({ districtCode: DISTRICT, limit: 10 })).toEqual([]);

      const first = job({ dedupeKey: 'regrade@2026-03-02' });
      expect(await target.inTransaction((stores) => stores.jobs.enqueue(first))).toBe(true);
      expect(await target.inTransaction((stores) => stores.jobs.enqueue(job({ dedupeKey: 'regrade@2026-03-02' })))).toBe(false);
      // The same key in another district or of another kind is another job.
      expect(await target.stores.jobs.enqueue(job({ dedupeKey: 'regrade@2026-03-02', districtCode: OTHER_DISTRICT }))).toBe(true);
      expect(await target.stores.jobs.enqueue(job({ dedupeKey: 'regrade@2026-03-02', kind: 'test.other' }))).toBe(true);
      expect(await target.stores.jobs.list({ districtCode: DISTRICT, limit: 10 })).toHaveLength(2);
      expect(await target.stores.jobs.find(first.id, DISTRICT)).toEqual(first);
      expect(await target.stores.jobs.find(first.id, OTHER_DISTRICT)).toBeUndefined();
    });

    it('keeps the job of a transaction that commits beside one that fails in the same moment (SQLite: one group commit)', async () => {
      const kept = job({ dedupeKey: 'kept' });
      const results = await Promise.allSettled([
        target.inTransaction(async (stores) => {
          await stores.jobs.enqueue(job({ dedupeKey: 'dropped' }));
          throw new Error('refused');
        }),
        target.inTransaction((stores) => stores.jobs.enqueue(kept)),
      ]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
      expect((await target.stores.jobs.list({ districtCode: DISTRICT, limit: 10 })).map((entry) => entry.dedupeKey)).toEqual(['kept']);
    });

    it('leases each due job to one of two claimers on separate connections', async () => {
      const jobs = Array.from({ length: 24 }, (_, index) => job({ payload: { index } }));
      for (const entry of jobs) await target.stores.jobs.enqueue(entry);
      await target.stores.jobs.enqueue(job({ runAt: at(60) }));
      const claims = await Promise.all([
        ...Array.from({ length: 4 }, () => target.stores.jobs.claim({ owner: 'runner-a', now: NOW, leaseMs: 60_000, limit: 5 })),
        ...Array.from({ length: 4 }, () => target.other.jobs.claim({ owner: 'runner-b', now: NOW, leaseMs: 60_000, limit: 5 })),
      ]);
      const claimed = claims.flat().map((entry) => entry.id);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect([...claimed].sort()).toEqual(jobs.map((entry) => entry.id).sort());
      expect(claims.flat().every((entry) => entry.state === 'running' && entry.attempts === 1 && entry.leaseExpiresAt === at(60).toISOString())).toBe(true);
      // Nothing else is due until the later job's time comes.
      expect(await target.stores.jobs.claim({ owner: 'runner-a', now: at(59), leaseMs: 60_000, limit: 50 })).toEqual([]);
    });

    it('leases batches of one kind to two claimers on separate connections, each job to one of them (ADR 0116)', async () => {
      const batchable = Array.from({ length: 30 }, (_, index) => job({ kind: 'test.batch', payload: { index } }));
      const others = Array.from({ length: 6 }, (_, index) => job({ payload: { index } }));
      for (const entry of [...batchable, ...others]) await target.stores.jobs.enqueue(entry);
      const claims = await Promise.all([
        ...Array.from({ length: 3 }, () => target.stores.jobs.claim({ owner: 'runner-a', now: NOW, leaseMs: 60_000, limit: 8, kinds: ['test.batch'] })),
        ...Array.from({ length: 3 }, () => target.other.jobs.claim({ owner: 'runner-b', now: NOW, leaseMs: 60_000, limit: 8, kinds: ['test.batch'] })),
      ]);
      const claimed = claims.flat().map((entry) => entry.id);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect(claims.flat().every((entry) => entry.kind === 'test.batch' && entry.attempts === 1)).toBe(true);
      expect([...claimed].sort()).toEqual(batchable.map((entry) => entry.id).sort());
      // The other kind was never touched by the filtered claims.
      expect((await target.stores.jobs.list({ districtCode: DISTRICT, states: ['queued'], limit: 50 })).map((entry) => entry.id).sort())
        .toEqual(others.map((entry) => entry.id).sort());
    });

    it('marks a batch succeeded in one call, only the jobs the caller still holds (ADR 0116)', async () => {
      const entries = Array.from({ length: 4 }, (_, index) => job({ kind: 'test.batch', payload: { index } }));
      for (const entry of entries) await target.stores.jobs.enqueue(entry);
      const batch = await target.stores.jobs.claim({ owner: 'a', now: NOW, leaseMs: 30_000, limit: 4 });
      expect(batch).toHaveLength(4);
      // Runner a stalls past its lease; runner b takes the batch and finishes two of its jobs first.
      const taken = await target.other.jobs.claim({ owner: 'b', now: at(30), leaseMs: 30_000, limit: 2 });
      expect(taken).toHaveLength(2);
      expect((await target.other.jobs.succeedMany(taken, 'b', at(31).toISOString())).sort()).toEqual(taken.map((entry) => entry.id).sort());
      const kept = entries.filter((entry) => !taken.some((other) => other.id === entry.id)).map((entry) => entry.id).sort();
      expect((await target.stores.jobs.succeedMany(batch, 'a', at(32).toISOString())).sort()).toEqual(kept);
      expect(await target.stores.jobs.succeedMany(batch, 'a', at(33).toISOString())).toEqual([]);
      expect(await target.stores.jobs.succeedMany([], 'a', at(33).toISOString())).toEqual([]);
      const rows = await target.stores.jobs.list({ districtCode: DISTRICT, limit: 10 });
      expect(rows.every((entry) => entry.state === 'succeeded' && entry.leaseOwner === null)).toBe(true);
      expect(rows.filter((entry) => entry.finishedAt === at(31).toISOString())).toHaveLength(2);
    });

    it('gives a job whose lease expired to another runner, and ignores the first runner from then on', async () => {
      const entry = job();
      await target.stores.jobs.enqueue(entry);
      const [first] = await target.stores.jobs.claim({ owner: 'killed', now: NOW, leaseMs: 30_000, limit: 1 });
      expect(first?.attempts).toBe(1);
      expect(await target.stores.jobs.progress(entry, 'killed', { done: 3, total: 10 }, at(1).toISOString())).toBe(true);
      expect(await target.other.jobs.claim({ owner: 'second', now: at(29), leaseMs: 30_000, limit: 1 })).toEqual([]);
      const [again] = await target.other.jobs.claim({ owner: 'second', now: at(30), leaseMs: 30_000, limit: 1 });
      expect(again).toMatchObject({ id: entry.id, attempts: 2, leaseOwner: 'second', progress: { done: 3, total: 10 }, lastError: expect.stringContaining('lease expired') });
      expect(await target.stores.jobs.succeed(entry, 'killed', at(31).toISOString())).toBe(false);
      expect(await target.stores.jobs.renewLease(entry, 'killed', at(90).toISOString(), at(31).toISOString())).toBe(false);
      expect(await target.other.jobs.renewLease(entry, 'second', at(90).toISOString(), at(31).toISOString())).toBe(true);
      expect(await target.other.jobs.claim({ owner: 'third', now: at(80), leaseMs: 30_000, limit: 1 })).toEqual([]);
      expect(await target.other.jobs.succeed(entry, 'second', at(85).toISOString())).toBe(true);
      expect(await target.stores.jobs.find(entry.id, DISTRICT)).toMatchObject({ state: 'succeeded', leaseOwner: null, finishedAt: at(85).toISOString() });
    });

    it('retries after the backoff, goes dead after the last attempt with its error, and can be sent back', async () => {
      const entry = job({ maxAttempts: 2 });
      await target.stores.jobs.enqueue(entry);
      const [first] = await target.stores.jobs.claim({ owner: 'a', now: NOW, leaseMs: 60_000, limit: 1 });
      const retry = afterFailure(first ?? entry, at(1));
      expect(retry).toEqual({ state: 'retrying', runAt: at(31).toISOString() });
      expect(await target.stores.jobs.fail(entry, 'a', { ...retry, error: 'Error: first' }, at(1).toISOString())).toBe(true);
      expect(await target.stores.jobs.claim({ owner: 'a', now: at(30), leaseMs: 60_000, limit: 1 })).toEqual([]);
      const [second] = await target.stores.jobs.claim({ owner: 'a', now: at(31), leaseMs: 60_000, limit: 1 });
      expect(second?.attempts).toBe(2);
      const dead = afterFailure(second ?? entry, at(32));
      expect(dead.state).toBe('dead');
      await target.stores.jobs.fail(entry, 'a', { ...dead, error: 'Error: second' }, at(32).toISOString());
      expect(await target.stores.jobs.claim({ owner: 'a', now: at(10_000), leaseMs: 60_000, limit: 1 })).toEqual([]);
      expect(await target.stores.jobs.list({ districtCode: DISTRICT, states: ['dead', 'retrying'], limit: 10 })).toEqual([
        expect.objectContaining({ id: entry.id, state: 'dead', attempts: 2, lastError: 'Error: second', finishedAt: at(32).toISOString() }),
      ]);
      expect(await target.stores.jobs.requeue(entry, at(40).toISOString())).toBe(true);
      expect(await target.stores.jobs.requeue(entry, at(40).toISOString())).toBe(false);
      const [revived] = await target.stores.jobs.claim({ owner: 'a', now: at(40), leaseMs: 60_000, limit: 1 });
      expect(revived).toMatchObject({ attempts: 1, lastError: 'Error: second', finishedAt: null });
    });

    it('makes a running job dead when its lease expires on the last attempt', async () => {
      const entry = job({ maxAttempts: 1 });
      await target.stores.jobs.enqueue(entry);
      await target.stores.jobs.claim({ owner: 'killed', now: NOW, leaseMs: 10_000, limit: 1 });
      expect(await target.stores.jobs.claim({ owner: 'b', now: at(10), leaseMs: 10_000, limit: 1 })).toEqual([]);
      expect(await target.stores.jobs.find(entry.id, DISTRICT)).toMatchObject({ state: 'dead', lastError: expect.stringContaining('lease expired') });
    });

    it('lists only the district’s jobs, newest first, by state', async () => {
      const older = job({}, NOW);
      const newer = job({}, at(5));
      const elsewhere = job({ districtCode: OTHER_DISTRICT }, at(9));
      for (const entry of [older, newer, elsewhere]) await target.stores.jobs.enqueue(entry);
      await target.stores.jobs.claim({ owner: 'a', now: at(1), leaseMs: 60_000, limit: 1 });
      expect((await target.stores.jobs.list({ districtCode: DISTRICT, limit: 10 })).map((entry) => entry.id)).toEqual([newer.id, older.id]);
      expect((await target.stores.jobs.list({ districtCode: DISTRICT, states: ['running'], limit: 10 })).map((entry) => entry.id)).toEqual([older.id]);
      expect((await target.stores.jobs.list({ districtCode: DISTRICT, limit: 1 })).map((entry) => entry.id)).toEqual([newer.id]);
    });

    it('records a schedule’s planned run once, whoever records it', async () => {
      const planned = '2026-03-01T18:30:00.000Z';
      const results = await Promise.all([
        target.inTransaction((stores) => stores.jobs.recordScheduleRun('risk.regrade', planned, NOW.toISOString())),
        target.other.jobs.recordScheduleRun('risk.regrade', planned, NOW.toISOString()),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await target.stores.jobs.recordScheduleRun('risk.regrade', '2026-03-02T18:30:00.000Z', NOW.toISOString())).toBe(true);
      expect(await target.stores.jobs.recordScheduleRun('sessions.purge', planned, NOW.toISOString())).toBe(true);
    });

    it('purges the district’s expired sessions only', async () => {
      const user = (id: string, districtCode: string): User => ({
        id, districtCode, username: `user-${id.slice(-6)}`, displayName: 'x', role: 'district',
        scope: { regionCode: districtCode, gridIds: [], sectors: [], unitId: null }, phone: null, status: 'active',
        createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
      });
      const mine = user(testId(), DISTRICT);
      const theirs = user(testId(), OTHER_DISTRICT);
      await target.stores.users.insert(mine, 'hash');
      await target.stores.users.insert(theirs, 'hash');
      const session = (tokenHash: string, userId: string, expiresAt: Date) => ({ tokenHash, userId, createdAt: NOW.toISOString(), expiresAt: expiresAt.toISOString() });
      await target.stores.sessions.insert(session('expired', mine.id, at(-1)));
      await target.stores.sessions.insert(session('live', mine.id, at(3600)));
      await target.stores.sessions.insert(session('other-district', theirs.id, at(-1)));
      expect(await target.inTransaction((stores) => stores.sessions.deleteExpired(DISTRICT, NOW.toISOString()))).toBe(1);
      expect(await target.stores.sessions.find('expired')).toBeUndefined();
      expect(await target.stores.sessions.find('live')).toBeDefined();
      expect(await target.stores.sessions.find('other-district')).toBeDefined();
      expect(await target.stores.sessions.deleteExpired(DISTRICT, NOW.toISOString())).toBe(0);
    });
  });
}
