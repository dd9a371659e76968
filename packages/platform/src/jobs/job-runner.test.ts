import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createManualClock, enqueueJob, JOB_DEFINITIONS, type CoreDeps, type Job, type JobDefinition, type ManualClock } from '@safegrid/core';
import { createBulkLoader, openDatabase, type DialectName, type SafeGridDatabase } from '@safegrid/storage';
import { describeEachDialect, openTestDatabase, smallWorld, type TestDatabase } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { composeDeps } from '../open-platform.js';
import { createJobRunner, type JobRunnerEvent } from './job-runner.js';
import { enqueueDueSchedules, parseSchedules } from './job-schedules.js';
import { applyEffectOnce, BATCH_HANG_JOB_KIND, countEffects, createEffectTables, EFFECT_JOB_KIND } from './testing/effect-once.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const WORKER_SCRIPT = fileURLToPath(new URL('./testing/kill-test-worker.ts', import.meta.url));
const DISTRICT = '320412';

describeEachDialect('job runner', (dialect: DialectName) => {
  let database: TestDatabase;
  let dataDir: string;
  let clock: ManualClock;
  let deps: CoreDeps;
  const opened: SafeGridDatabase[] = [];

  /** Core deps over another connection (pool) to the same database, as another process has. */
  const depsOnOwnConnection = (at: ManualClock = clock): CoreDeps => {
    const other = openDatabase(database.url, { poolSize: 4 });
    opened.push(other);
    return composeDeps(other, loadConfig({ SAFEGRID_DATA_DIR: dataDir }), { clock: at });
  };
  const runner = (on: CoreDeps, definitions: readonly JobDefinition[], events: JobRunnerEvent[] = []) =>
    createJobRunner({ deps: on, definitions, leaseMs: 60_000, pollMs: 1_000, concurrency: 3, schedules: definitions === JOB_DEFINITIONS, onEvent: (event) => events.push(event) });
  const enqueue = (kind: string, extra: { payload?: Record<string, unknown>; maxAttempts?: number } = {}) =>
    deps.inTransaction((stores) => enqueueJob(stores, deps, { kind, districtCode: DISTRICT, ...extra }));
  const jobs = async (): Promise<Job[]> => deps.jobs.list({ districtCode: DISTRICT, limit: 100 });

  beforeEach(async () => {
    database = await openTestDatabase(dialect, { onDisk: true });
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    dataDir = mkdtempSync(join(tmpdir(), 'safegrid-jobs-test-'));
    clock = createManualClock('2026-03-02T02:00:00Z');
    deps = composeDeps(database, loadConfig({ SAFEGRID_DATA_DIR: dataDir }), { clock });
  });
  afterEach(async () => {
    for (const other of opened.splice(0)) await other.close();
    await database.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs each job exactly once with two runners on separate connections', async () => {
    const runs = new Map<string, number>();
    const counting: JobDefinition = {
      kind: 'test.count',
      async run({ job }) {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        await new Promise((resolve) => setImmediate(resolve));
      },
    };
    for (let index = 0; index < 30; index += 1) await enqueue('test.count', { payload: { index } });
    const [first, second] = await Promise.all([runner(deps, [counting]).drain(), runner(depsOnOwnConnection(), [counting]).drain()]);
    expect((first ?? 0) + (second ?? 0)).toBe(30);
    expect(runs.size).toBe(30);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect((await jobs()).every((job) => job.state === 'succeeded' && job.attempts === 1)).toBe(true);
  });

  /**
   * A batchable kind (ADR 0116) that counts, after its transaction committed, how often each job
   * ran; a job whose payload says `fail` throws wherever it runs.
   */
  const batchKind = (committed: Map<string, number>): JobDefinition => {
    const work = async (job: Job) => {
      if (job.payload['fail'] === true) throw new Error(`job ${String(job.payload['index'])} fails`);
      await new Promise((resolve) => setImmediate(resolve));
      return () => void committed.set(job.id, (committed.get(job.id) ?? 0) + 1);
    };
    return {
      kind: 'test.batch',
      async run({ job, deps: on }) {
        const after = await on.inTransaction(() => work(job));
        after();
      },
      batch: { size: 4, runInTransaction: (_stores, _deps, job) => work(job) },
    };
  };

  it('runs batched jobs exactly once with two runners on separate connections (ADR 0116)', async () => {
    const committed = new Map<string, number>();
    const definition = batchKind(committed);
    for (let index = 0; index < 40; index += 1) await enqueue('test.batch', { payload: { index } });
    await enqueue('test.count');
    const single: JobDefinition = { kind: 'test.count', run: async () => undefined };
    const events: JobRunnerEvent[] = [];
    const [first, second] = await Promise.all([
      runner(deps, [definition, single], events).drain(),
      runner(depsOnOwnConnection(), [definition, single], events).drain(),
    ]);
    expect((first ?? 0) + (second ?? 0)).toBe(41);
    expect(committed.size).toBe(40);
    expect([...committed.values()].every((count) => count === 1)).toBe(true);
    expect(events.filter((event) => event.type === 'succeeded')).toHaveLength(41);
    expect((await jobs()).every((job) => job.state === 'succeeded' && job.attempts === 1 && job.leaseOwner === null)).toBe(true);
  });

  it('runs several jobs of a batchable kind in one transaction and completes them together', async () => {
    const committed = new Map<string, number>();
    let transactions = 0;
    let succeedCalls = 0;
    const counted: CoreDeps = {
      ...deps,
      inTransaction: (work) => {
        transactions += 1;
        return deps.inTransaction(work);
      },
      jobs: { ...deps.jobs, succeed: (...args) => { succeedCalls += 1; return deps.jobs.succeed(...args); }, succeedMany: (...args) => { succeedCalls += 1; return deps.jobs.succeedMany(...args); } },
    };
    for (let index = 0; index < 12; index += 1) await enqueue('test.batch', { payload: { index } });
    // One slot: 12 jobs of batch size 4 make three transactions and three completions.
    expect(await createJobRunner({ deps: counted, definitions: [batchKind(committed)], leaseMs: 60_000, pollMs: 1_000, concurrency: 1, schedules: false }).drain()).toBe(12);
    expect(committed.size).toBe(12);
    expect(transactions).toBe(3);
    expect(succeedCalls).toBe(3);
  });

  it('retries a failing job of a batch alone; the others of its batch succeed once (ADR 0116)', async () => {
    const committed = new Map<string, number>();
    for (let index = 0; index < 4; index += 1) await enqueue('test.batch', { payload: { index, fail: index === 2 }, maxAttempts: 2 });
    const events: JobRunnerEvent[] = [];
    const batchRunner = createJobRunner({ deps, definitions: [batchKind(committed)], leaseMs: 60_000, pollMs: 1_000, concurrency: 1, schedules: false, onEvent: (event) => events.push(event) });
    expect(await batchRunner.drain()).toBe(4);
    const byIndex = async () => new Map((await jobs()).map((job) => [job.payload['index'], job]));
    expect([...(await byIndex()).values()].map((job) => [job.payload['index'], job.state, job.attempts]).sort()).toEqual([
      [0, 'succeeded', 1], [1, 'succeeded', 1], [2, 'retrying', 1], [3, 'succeeded', 1],
    ]);
    expect((await byIndex()).get(2)).toMatchObject({ lastError: 'Error: job 2 fails', runAt: '2026-03-02T02:00:30.000Z' });
    expect([...committed.values()]).toEqual([1, 1, 1]);
    clock.advance(30_000);
    expect(await batchRunner.drain()).toBe(1);
    expect((await byIndex()).get(2)).toMatchObject({ state: 'dead', attempts: 2, lastError: 'Error: job 2 fails' });
    expect(committed.size).toBe(3);
    expect(events.map((event) => (event.type === 'failed' ? `failed:${event.state}` : event.type)).sort()).toEqual(['failed:dead', 'failed:retrying', 'succeeded', 'succeeded', 'succeeded']);
  });

  it('re-claims the batch of a runner that died holding it, once its lease ran out (ADR 0116)', async () => {
    const committed = new Map<string, number>();
    for (let index = 0; index < 6; index += 1) await enqueue('test.batch', { payload: { index } });
    // The dead runner's poll: its first claim and the top-up of the kind, then nothing more (the process died).
    const [head] = await deps.jobs.claim({ owner: 'dead-runner', now: clock.now(), leaseMs: 60_000, limit: 1 });
    const rest = await deps.jobs.claim({ owner: 'dead-runner', now: clock.now(), leaseMs: 60_000, limit: 3, kinds: ['test.batch'] });
    expect([head, ...rest]).toHaveLength(4);
    const definition = batchKind(committed);
    // Before the lease ends the other runner gets only the two jobs nobody held.
    expect(await runner(depsOnOwnConnection(createManualClock(new Date(clock.now().getTime() + 59_000))), [definition]).drain()).toBe(2);
    expect(await runner(depsOnOwnConnection(createManualClock(new Date(clock.now().getTime() + 60_000))), [definition]).drain()).toBe(4);
    expect(committed.size).toBe(6);
    const all = await jobs();
    expect(all.every((job) => job.state === 'succeeded')).toBe(true);
    expect(all.filter((job) => job.attempts === 2).map((job) => job.id).sort()).toEqual([head, ...rest].map((job) => job?.id).sort());
    expect(all.filter((job) => job.attempts === 2).every((job) => job.lastError?.includes('lease expired'))).toBe(true);
    // The dead runner, were it to come back, completes nothing.
    expect(await deps.jobs.succeedMany(rest, 'dead-runner', clock.now().toISOString())).toEqual([]);
  });

  it('asks the database about a schedule\'s planned run once, not on every poll', async () => {
    let transactions = 0;
    const counted: CoreDeps = { ...deps, inTransaction: (work) => { transactions += 1; return deps.inTransaction(work); } };
    const schedules = parseSchedules(JOB_DEFINITIONS);
    const recorded = new Map<string, string>();
    expect(await enqueueDueSchedules(counted, schedules, recorded)).toBeGreaterThan(0);
    expect(transactions).toBe(schedules.length);
    expect(await enqueueDueSchedules(counted, schedules, recorded)).toBe(0);
    expect(transactions).toBe(schedules.length);
    // New planned times (10:00 for the incident deadline check and the duty notices check) are asked about again, and only they.
    clock.advance(60_000);
    expect(await enqueueDueSchedules(counted, schedules, recorded)).toBeGreaterThan(0);
    expect(transactions).toBe(schedules.length + 2);
  });

  it('retries a failing job with backoff, then leaves it dead with the last error', async () => {
    let calls = 0;
    const failing: JobDefinition = {
      kind: 'test.fail',
      async run() {
        calls += 1;
        throw new Error(`failure ${calls}`);
      },
    };
    await enqueue('test.fail', { maxAttempts: 3 });
    const events: JobRunnerEvent[] = [];
    const failingRunner = runner(deps, [failing], events);
    expect(await failingRunner.drain()).toBe(1);
    expect((await jobs())[0]).toMatchObject({ state: 'retrying', attempts: 1, lastError: 'Error: failure 1', runAt: '2026-03-02T02:00:30.000Z' });
    expect(await failingRunner.drain()).toBe(0);
    clock.advance(30_000);
    expect(await failingRunner.drain()).toBe(1);
    expect((await jobs())[0]).toMatchObject({ state: 'retrying', attempts: 2, runAt: '2026-03-02T02:01:30.000Z' });
    clock.advance(60_000);
    expect(await failingRunner.drain()).toBe(1);
    expect((await jobs())[0]).toMatchObject({ state: 'dead', attempts: 3, lastError: 'Error: failure 3', finishedAt: '2026-03-02T02:01:30.000Z' });
    clock.advance(24 * 3600_000);
    expect(await failingRunner.drain()).toBe(0);
    expect(events.map((event) => (event.type === 'failed' ? event.state : event.type))).toEqual(['retrying', 'retrying', 'dead']);
  });

  it('leaves a job of a kind this version does not define dead, naming the kind', async () => {
    await enqueue('test.unknown');
    expect(await runner(deps, []).drain()).toBe(1);
    expect((await jobs())[0]).toMatchObject({ state: 'dead', attempts: 1, lastError: 'Error: no job definition of kind "test.unknown" in this version' });
  });

  it('enqueues a missed nightly run once on start, not once per missed night, and records progress', async () => {
    const scheduled = runner(deps, JOB_DEFINITIONS);
    // 10:00 in Shanghai: today's 00:05 fold, 02:30 regrade and audit verification, 03:15 purge, 08:00
    // escalation, the 09:55 incident deadline check (every 5 minutes) and the 09:45 duty notices check
    // (every 15 minutes) were missed (no process ran), and so were Monday's 08:00 周报 and the 1st's
    // 08:00 月报. The duty check finds the rosters of the district and its two towns empty and tells
    // each office once (three notifications.fan-out jobs).
    expect(await scheduled.drain()).toBe(12);
    expect((await jobs()).filter((job) => job.kind !== 'notifications.fan-out').map((job) => [job.kind, job.state, job.dedupeKey]).sort()).toEqual([
      ['audit.verify', 'succeeded', 'schedule@2026-03-01T18:30:00.000Z'],
      ['duty.check-notices', 'succeeded', 'schedule@2026-03-02T01:45:00.000Z'],
      ['hazards.escalate', 'succeeded', 'schedule@2026-03-02T00:00:00.000Z'],
      ['incidents.check-deadlines', 'succeeded', 'schedule@2026-03-02T01:55:00.000Z'],
      ['reports.monthly', 'succeeded', 'schedule@2026-03-01T00:00:00.000Z'],
      ['reports.weekly', 'succeeded', 'schedule@2026-03-02T00:00:00.000Z'],
      ['risk.regrade', 'succeeded', 'schedule@2026-03-01T18:30:00.000Z'],
      ['sessions.purge', 'succeeded', 'schedule@2026-03-01T19:15:00.000Z'],
      ['stats.fold-past-deadlines', 'succeeded', 'schedule@2026-03-01T16:05:00.000Z'],
    ]);
    expect(await runner(depsOnOwnConnection(), JOB_DEFINITIONS).drain()).toBe(0);
    // Off for three nights: on start, one run of each nightly kind, for the latest planned time (no new 周报 or 月报 was due).
    clock.set('2026-03-05T04:00:00Z');
    // Again one run of each, and each office told of its changed set of uncovered days.
    expect(await scheduled.drain()).toBe(10);
    const regrades = (await jobs()).filter((job) => job.kind === 'risk.regrade');
    expect(regrades.map((job) => job.dedupeKey)).toEqual(['schedule@2026-03-04T18:30:00.000Z', 'schedule@2026-03-01T18:30:00.000Z']);
    expect(regrades[0]).toMatchObject({ state: 'succeeded', progress: { done: 0, total: 0 } });
  });

  /** Starts the SIGKILL test's worker process, waits until `holds` says it holds what it should, and kills it. */
  const killWorkerOnceItHolds = async (holds: (all: Job[]) => boolean): Promise<void> => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER_SCRIPT], {
      cwd: REPO_ROOT,
      env: { ...process.env, SAFEGRID_DATABASE_URL: database.url, SAFEGRID_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    while (!holds(await jobs())) {
      if (child.exitCode !== null) throw new Error(`worker exited early:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
  };

  it('runs a job again to completion after its worker process was killed mid-job, applying the effect once', async () => {
    await createEffectTables(database);
    await enqueue(EFFECT_JOB_KIND);
    // Wait until the child holds the job and has applied its effect (it reports 1/2, then hangs).
    await killWorkerOnceItHolds(([job]) => job?.progress?.done === 1);
    const [held] = await jobs();
    expect(held).toMatchObject({ state: 'running', attempts: 1 });
    expect(await countEffects(database)).toEqual({ effects: 1, markers: 1 });

    const effect: JobDefinition = { kind: EFFECT_JOB_KIND, run: async ({ job }) => applyEffectOnce(database, job.id) };
    // Before the lease runs out nobody takes the job; after it, this runner does.
    const leaseEnd = new Date(held?.leaseExpiresAt ?? 0);
    expect(await runner(depsOnOwnConnection(createManualClock(new Date(leaseEnd.getTime() - 1_000))), [effect]).drain()).toBe(0);
    expect(await runner(depsOnOwnConnection(createManualClock(leaseEnd)), [effect]).drain()).toBe(1);
    expect((await jobs())[0]).toMatchObject({ state: 'succeeded', attempts: 2, lastError: expect.stringContaining('lease expired') });
    expect(await countEffects(database)).toEqual({ effects: 1, markers: 1 });
  });

  it('runs the batch of a worker process killed inside the batch\'s transaction again, once its lease ran out (ADR 0116)', async () => {
    for (let index = 0; index < 4; index += 1) await enqueue(BATCH_HANG_JOB_KIND, { payload: { index } });
    // The child claims one job into its one slot, fills the batch with the other three, and hangs in its transaction.
    await killWorkerOnceItHolds((all) => all.length === 4 && all.every((job) => job.state === 'running'));
    const held = await jobs();
    expect(new Set(held.map((job) => job.leaseOwner)).size).toBe(1);
    const committed = new Map<string, number>();
    const definition = { ...batchKind(committed), kind: BATCH_HANG_JOB_KIND };
    const leaseEnd = new Date(held[0]?.leaseExpiresAt ?? 0);
    expect(await runner(depsOnOwnConnection(createManualClock(new Date(leaseEnd.getTime() - 1_000))), [definition]).drain()).toBe(0);
    expect(await runner(depsOnOwnConnection(createManualClock(leaseEnd)), [definition]).drain()).toBe(4);
    expect([...committed.values()]).toEqual([1, 1, 1, 1]);
    expect((await jobs()).every((job) => job.state === 'succeeded' && job.attempts === 2 && job.lastError?.includes('lease expired'))).toBe(true);
  });
});
