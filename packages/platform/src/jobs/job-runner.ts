import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { afterFailure, jobErrorText, JOB_DEFINITIONS, type CoreDeps, type Job, type JobClaim, type JobDefinition } from '@safegrid/core';
import type { Config } from '../config.js';
import { createScheduleEnqueuer, parseSchedules } from './job-schedules.js';

/** What a runner tells its host (the server's log, the worker's output). */
export type JobRunnerEvent =
  | { readonly type: 'succeeded'; readonly job: Job; readonly ms: number }
  | { readonly type: 'failed'; readonly job: Job; readonly state: 'retrying' | 'dead'; readonly error: string }
  | { readonly type: 'lease_lost'; readonly job: Job }
  | { readonly type: 'scheduled'; readonly jobs: number }
  | { readonly type: 'poll_failed'; readonly error: string };

export interface JobRunnerOptions {
  readonly deps: CoreDeps;
  /** Default: JOB_DEFINITIONS, the one list in core. */
  readonly definitions?: readonly JobDefinition[];
  readonly leaseMs: number;
  readonly pollMs: number;
  /** Jobs run at the same time. */
  readonly concurrency: number;
  /** Default: host, process id and a random suffix. */
  readonly owner?: string;
  /** Enqueue the schedules' planned runs (default true). */
  readonly schedules?: boolean;
  readonly onEvent?: (event: JobRunnerEvent) => void;
}

export interface JobRunner {
  readonly owner: string;
  /** Polls every `pollMs` until stopped. */
  start(): void;
  /** Enqueues due schedules, then claims and runs due jobs until none is left; returns how many jobs ran. */
  drain(): Promise<number>;
  /** Stops polling, tells running handlers (signal) and waits for them to return. */
  stop(): Promise<void>;
}

/**
 * The job runner (ADR 0058): one per process, in `safegrid serve` or in `safegrid worker`. Each
 * poll enqueues the schedules' due runs, then claims as many due jobs as it has free slots and runs
 * each under a lease that a heartbeat renews every third of its length. A handler that throws is
 * retried with backoff and, after its last attempt, left dead with the error; a handler whose lease
 * was lost (this process stalled longer than the lease) is told through its signal, and whatever
 * it reports afterwards changes nothing, since another runner owns the job.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { deps, leaseMs } = options;
  const definitions = options.definitions ?? JOB_DEFINITIONS;
  const byKind = definitionsByKind(definitions);
  const enqueueSchedules = createScheduleEnqueuer(deps, options.schedules === false ? [] : parseSchedules(definitions));
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const emit = options.onEvent ?? (() => undefined);
  const running = new Set<Promise<void>>();
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;

  /** Starts one claimed job, or a batch of claimed jobs of one kind, in one slot; returns how many jobs. */
  function launch(jobs: readonly Job[]): number {
    const run = runSlot({ deps, owner, leaseMs, definition: byKind.get(jobs[0]?.kind ?? ''), stopping: stopping.signal, emit }, jobs)
      .catch((error: unknown) => emit({ type: 'poll_failed', error: jobErrorText(error) }))
      .finally(() => {
        running.delete(run);
        // A free slot: look again at once rather than at the next tick.
        if (!stopping.signal.aborted && timer !== undefined) void poll();
      });
    running.add(run);
    return jobs.length;
  }

  /**
   * One look: due schedules, then claim into the free slots. A slot takes one job, or up to a
   * batch's size of jobs of one batchable kind (ADR 0116): when the first claim brings jobs of such
   * a kind, a second claim of that kind only fills their batch. Returns how many jobs started.
   */
  async function claimAndLaunch(): Promise<number> {
    if (stopping.signal.aborted) return 0;
    const scheduled = await enqueueSchedules();
    if (scheduled > 0) emit({ type: 'scheduled', jobs: scheduled });
    const free = options.concurrency - running.size;
    if (free <= 0) return 0;
    const slots = await claimSlots({ owner, now: deps.clock.now(), leaseMs, limit: free }, deps.jobs, byKind);
    return slots.reduce((sum, slot) => sum + launch(slot), 0);
  }

  // One poll at a time; a request during a poll is covered by that poll or the next tick.
  const poll = (): Promise<void> => (polling ??= claimAndLaunch()
      .then(() => undefined, (error: unknown) => emit({ type: 'poll_failed', error: jobErrorText(error) }))
      .finally(() => {
        polling = undefined;
      }));

  return {
    owner,
    start() {
      if (timer !== undefined || stopping.signal.aborted) return;
      timer = setInterval(() => void poll(), options.pollMs);
      void poll();
    },
    async drain() {
      let ran = 0;
      for (;;) {
        const started = await claimAndLaunch();
        if (started === 0 && running.size === 0) return ran;
        ran += started;
        await Promise.race(running);
      }
    },
    async stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      stopping.abort();
      await polling;
      await Promise.all(running);
    },
  };
}

/** A runner with the configured lease, poll interval and concurrency: what `serve` and `worker` start. */
export function createConfiguredJobRunner(deps: CoreDeps, config: Config, options: Partial<JobRunnerOptions> = {}): JobRunner {
  return createJobRunner({ deps, leaseMs: config.jobs.leaseSeconds * 1000, pollMs: config.jobs.pollMs, concurrency: config.jobs.concurrency, ...options });
}

/** Runs a slot: one job alone, or a batch. */
function runSlot(leased: LeasedRun, jobs: readonly Job[]): Promise<void> {
  const [only] = jobs;
  return jobs.length === 1 && only ? runLeasedJob(leased, only) : runLeasedBatch(leased, jobs);
}

/** Claims into the free slots (`claim.limit` of them) and fills the slots' batches. */
async function claimSlots(claim: JobClaim, jobs: CoreDeps['jobs'], byKind: ReadonlyMap<string, JobDefinition>): Promise<Job[][]> {
  const claimed = await jobs.claim(claim);
  return fillBatches(claimed, byKind, (kind, limit) => jobs.claim({ ...claim, limit, kinds: [kind] }));
}

/**
 * Splits claimed jobs into slots: one job each, or a batch of one batchable kind (ADR 0116). Each job
 * of the first claim keeps a slot of its own, so the concurrency holds; `topUp` claims more of a
 * batchable kind only to fill those slots' batches.
 */
async function fillBatches(
  claimed: readonly Job[],
  byKind: ReadonlyMap<string, JobDefinition>,
  topUp: (kind: string, limit: number) => Promise<Job[]>,
): Promise<Job[][]> {
  const slots: Job[][] = [];
  const batches = new Map<string, Job[]>();
  for (const job of claimed) {
    if (!byKind.get(job.kind)?.batch) slots.push([job]);
    else batches.set(job.kind, [...(batches.get(job.kind) ?? []), job]);
  }
  for (const [kind, jobs] of batches) {
    const size = byKind.get(kind)?.batch?.size ?? 1;
    const room = jobs.length * size - jobs.length;
    const all = [...jobs, ...(room > 0 ? await topUp(kind, room) : [])];
    for (let start = 0; start < all.length; start += size) slots.push(all.slice(start, start + size));
  }
  return slots;
}

function definitionsByKind(definitions: readonly JobDefinition[]): Map<string, JobDefinition> {
  const byKind = new Map<string, JobDefinition>();
  for (const definition of definitions) {
    if (byKind.has(definition.kind)) throw new Error(`two job definitions of kind ${definition.kind}`);
    byKind.set(definition.kind, definition);
  }
  return byKind;
}

interface LeasedRun {
  readonly deps: CoreDeps;
  readonly owner: string;
  readonly leaseMs: number;
  readonly definition: JobDefinition | undefined;
  readonly stopping: AbortSignal;
  readonly emit: (event: JobRunnerEvent) => void;
}

/**
 * Renews the leases of the jobs in `held` every third of the lease (a job finished meanwhile is taken
 * out of the set); calls `onLost` with a job whose lease another runner took. Returns the stop function.
 */
function keepLeases({ deps, owner, leaseMs }: LeasedRun, held: ReadonlySet<Job>, onLost: (job: Job) => void): () => void {
  const heartbeat = setInterval(() => {
    const now = deps.clock.now();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    for (const job of held) {
      deps.jobs.renewLease(job, owner, until, now.toISOString()).then(
        (renewed) => {
          if (!renewed && held.has(job)) onLost(job);
        },
        () => undefined, // A missed renewal is tried again at the next beat; the lease has two more thirds.
      );
    }
  }, Math.max(1, Math.floor(leaseMs / 3)));
  return () => clearInterval(heartbeat);
}

/**
 * Runs claimed jobs of one batchable kind in one transaction (ADR 0116), then marks them succeeded
 * in one statement and makes their after-commit calls. If the transaction fails, none of its work
 * is kept and each job runs alone (`runLeasedJob`): the failing one is retried or dies by itself.
 */
async function runLeasedBatch(leased: LeasedRun, jobs: readonly Job[]): Promise<void> {
  const { deps, owner, definition, emit } = leased;
  const batch = definition?.batch;
  const started = Date.now();
  const held = new Set(jobs);
  const stopLeases = keepLeases(leased, held, (job) => {
    held.delete(job);
    emit({ type: 'lease_lost', job });
  });
  try {
    let afterCommit: ((() => void) | undefined)[];
    try {
      if (!batch) throw new Error('not a batchable kind');
      afterCommit = await deps.inTransaction(async (stores) => {
        const calls: ((() => void) | undefined)[] = [];
        for (const job of jobs) calls.push(await batch.runInTransaction(stores, deps, job));
        return calls;
      });
    } catch {
      // Nothing of the batch was kept. The batch's leases stay renewed while its jobs wait for their turn.
      for (const job of jobs) {
        if (!held.has(job)) continue;
        await runLeasedJob(leased, job);
        held.delete(job);
      }
      return;
    }
    const succeeded = new Set(await deps.jobs.succeedMany(jobs, owner, deps.clock.now().toISOString()));
    const ms = Date.now() - started;
    for (const job of jobs) if (succeeded.has(job.id)) emit({ type: 'succeeded', job, ms });
    // The work committed: tell live views even of a job whose lease ran out meanwhile (its rerun announces nothing new).
    for (const call of afterCommit) call?.();
  } finally {
    stopLeases();
  }
}

/** Runs one claimed job under its lease: heartbeat, handler, then succeeded, retrying or dead. */
async function runLeasedJob({ deps, owner, leaseMs, definition, stopping, emit }: LeasedRun, job: Job): Promise<void> {
  const nowIso = () => deps.clock.now().toISOString();
  const started = Date.now();
  const lease = new AbortController();
  const onStop = () => lease.abort();
  stopping.addEventListener('abort', onStop);
  const heartbeat = setInterval(() => {
    const now = deps.clock.now();
    deps.jobs.renewLease(job, owner, new Date(now.getTime() + leaseMs).toISOString(), now.toISOString()).then(
      (held) => {
        if (!held && !lease.signal.aborted) {
          emit({ type: 'lease_lost', job });
          lease.abort();
        }
      },
      () => undefined, // A missed renewal is tried again at the next beat; the lease has two more thirds.
    );
  }, Math.max(1, Math.floor(leaseMs / 3)));
  try {
    try {
      if (!definition) throw new Error(`no job definition of kind "${job.kind}" in this version`);
      await definition.run({
        job,
        deps,
        signal: lease.signal,
        reportProgress: async (done, total) => {
          await deps.jobs.progress(job, owner, { done, total }, nowIso());
        },
      });
    } catch (error) {
      const text = jobErrorText(error);
      const outcome = definition ? afterFailure(job, deps.clock.now()) : { state: 'dead' as const, runAt: nowIso() };
      if (await deps.jobs.fail(job, owner, { ...outcome, error: text }, nowIso())) emit({ type: 'failed', job, state: outcome.state, error: text });
      return;
    }
    if (await deps.jobs.succeed(job, owner, nowIso())) emit({ type: 'succeeded', job, ms: Date.now() - started });
  } finally {
    clearInterval(heartbeat);
    stopping.removeEventListener('abort', onStop);
  }
}
