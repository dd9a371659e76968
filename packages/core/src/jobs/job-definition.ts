import type { CoreDeps, Stores } from '../deps.js';
import { newJob, type Job, type JobRequest } from './job.js';

/** What a handler receives for one run of one job. */
export interface JobContext {
  readonly job: Job;
  readonly deps: CoreDeps;
  /**
   * Saves done/total so the API and CLI can show it (and keeps the lease). Call it between
   * transactions, never inside `deps.inTransaction`: on SQLite the outer store waits for the one
   * connection the transaction holds.
   */
  reportProgress(done: number, total: number): Promise<void>;
  /** Set when the runner stops or lost the lease: finish the current step and return. */
  readonly signal: { readonly aborted: boolean };
}

/**
 * One kind of job, defined in one file next to its feature and listed in `JOB_DEFINITIONS`
 * (`job-definitions.ts`). A run may be repeated (a worker killed mid-job, a lease that ran out),
 * so `run` must be idempotent: running it twice leaves the same result as once.
 */
export interface JobDefinition {
  readonly kind: string;
  /** Default DEFAULT_MAX_ATTEMPTS. */
  readonly maxAttempts?: number;
  /**
   * Recurring: a cron expression read in Asia/Shanghai. Each planned time enqueues one job per
   * district, once; a time missed while no process ran is caught up once on start.
   */
  readonly schedule?: string;
  run(context: JobContext): Promise<void>;
  /**
   * Cheap jobs of this kind may run several to one transaction (ADR 0116). The runner claims up to
   * `size` due jobs of the kind together, calls `runInTransaction` for each inside one transaction,
   * marks them succeeded in one statement after it commits, then calls what each returned. When
   * the batch's transaction fails, nothing of it is kept and each job runs alone through `run`, so
   * one failing job is retried (or dies) by itself and the others succeed. `run` must do the same
   * work as `runInTransaction` in a transaction of its own.
   */
  readonly batch?: JobBatch;
}

export interface JobBatch {
  /** Most jobs of the kind one transaction carries. */
  readonly size: number;
  /** One job's work on the batch's transaction stores; may return what to do after the commit (tell live streams). */
  runInTransaction(stores: Stores, deps: CoreDeps, job: Job): Promise<(() => void) | undefined>;
}

/**
 * Enqueues a job in the caller's transaction (the outbox): pass the stores `inTransaction` gives,
 * so the job exists exactly when the caller's write commits. True when inserted, false when a job
 * with the same district, kind and dedupe key exists.
 */
export function enqueueJob(stores: Pick<Stores, 'jobs'>, deps: Pick<CoreDeps, 'ids' | 'clock'>, request: JobRequest): Promise<boolean> {
  return stores.jobs.enqueue(newJob(request, { id: deps.ids.newId(), now: deps.clock.now() }));
}
