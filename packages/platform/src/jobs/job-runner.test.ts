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
import { applyEffectOnce, countEffects, createEffectTables, EFFECT_JOB_KIND } from './testing/effect-once.js';

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

  it('runs a job again to completion after its worker process was killed mid-job, applying the effect once', async () => {
    await createEffectTables(database);
    await enqueue(EFFECT_JOB_KIND);
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER_SCRIPT], {
      cwd: REPO_ROOT,
      env: { ...process.env, SAFEGRID_DATABASE_URL: database.url, SAFEGRID_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    // Wait until the child holds the job and has applied its effect (it reports 1/2, then hangs).
    for (;;) {
      const [job] = await jobs();
      if (job?.progress?.done === 1) break;
      if (child.exitCode !== null) throw new Error(`worker exited early:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [held] = await jobs();
    expect(held).toMatchObject({ state: 'running', attempts: 1 });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(await countEffects(database)).toEqual({ effects: 1, markers: 1 });

    const effect: JobDefinition = { kind: EFFECT_JOB_KIND, run: async ({ job }) => applyEffectOnce(database, job.id) };
    // Before the lease runs out nobody takes the job; after it, this runner does.
    const leaseEnd = new Date(held?.leaseExpiresAt ?? 0);
    expect(await runner(depsOnOwnConnection(createManualClock(new Date(leaseEnd.getTime() - 1_000))), [effect]).drain()).toBe(0);
    expect(await runner(depsOnOwnConnection(createManualClock(leaseEnd)), [effect]).drain()).toBe(1);
    expect((await jobs())[0]).toMatchObject({ state: 'succeeded', attempts: 2, lastError: expect.stringContaining('lease expired') });
    expect(await countEffects(database)).toEqual({ effects: 1, markers: 1 });
  });
});
