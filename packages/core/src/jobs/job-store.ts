import type { Job, JobProgress, JobState } from './job.js';

export interface JobListQuery {
  readonly districtCode: string;
  readonly states?: readonly JobState[];
  /** Newest first; at most this many. */
  readonly limit: number;
}

export interface JobClaim {
  /** Who takes the lease: one id per runner (host, process, random). */
  readonly owner: string;
  readonly now: Date;
  readonly leaseMs: number;
  readonly limit: number;
  /** Only jobs of these kinds (the runner filling a batch of one kind, ADR 0116); default every kind. */
  readonly kinds?: readonly string[];
}

/**
 * Durable jobs (ADR 0058). `enqueue` and `recordScheduleRun` are meant for the stores a
 * transaction receives, so the job commits or rolls back with the write that asked for it. The
 * runner's calls (`claim`, `renewLease`, `progress`, `succeed`, `fail`) are single statements on the
 * outer store and act only while the caller still holds the lease.
 */
export interface JobStore {
  /** Inserts the job unless one with its district, kind and dedupe key exists; true when inserted. */
  enqueue(job: Job): Promise<boolean>;
  /**
   * Work that must run once more after the caller's write, however often it ran before (ADR 0107):
   * inserts the job, or sends the job with its district, kind and dedupe key back to the queue
   * (fresh attempts, the new job's `runAt`) unless it is queued already, in which case the queued
   * run covers this write too. A running job loses its lease: its run cannot succeed and the job
   * runs again, after this write commits. One row per key for ever. True when inserted or re-queued.
   */
  enqueueOrRequeue(job: Job): Promise<boolean>;
  /**
   * Leases up to `limit` due jobs to `owner` in one statement, oldest `runAt` first, and counts an
   * attempt on each: queued or retrying jobs whose `runAt` has come, and running jobs whose lease
   * expired (their worker stopped) while attempts remain. Running jobs with an expired lease and
   * no attempt left become dead first. Two runners never receive the same job.
   */
  claim(claim: JobClaim): Promise<Job[]>;
  /** Extends the lease; false when the caller no longer holds it. */
  renewLease(job: Pick<Job, 'id' | 'districtCode'>, owner: string, leaseExpiresAt: string, now: string): Promise<boolean>;
  /** Saves done/total while the caller holds the lease; false when it does not. */
  progress(job: Pick<Job, 'id' | 'districtCode'>, owner: string, progress: JobProgress, now: string): Promise<boolean>;
  succeed(job: Pick<Job, 'id' | 'districtCode'>, owner: string, now: string): Promise<boolean>;
  /**
   * `succeed` for a batch in one statement (ADR 0116): marks succeeded those of `jobs` the caller
   * still holds and returns their ids; a job whose lease another runner took is left alone.
   */
  succeedMany(jobs: readonly Pick<Job, 'id' | 'districtCode'>[], owner: string, now: string): Promise<string[]>;
  /** Records a failed run: `retrying` at `runAt`, or `dead`; the error is kept either way. */
  fail(job: Pick<Job, 'id' | 'districtCode'>, owner: string, outcome: { state: 'retrying' | 'dead'; runAt: string; error: string }, now: string): Promise<boolean>;
  /** Sends a retrying or dead job back to the queue now with a fresh set of attempts; false when not in such a state. */
  requeue(job: Pick<Job, 'id' | 'districtCode'>, now: string): Promise<boolean>;
  find(id: string, districtCode: string): Promise<Job | undefined>;
  list(query: JobListQuery): Promise<Job[]>;
  /** Jobs per state across every district: the queue depth an operator watches (/metrics). Not scoped: never shown to a user. */
  countByState(): Promise<Partial<Record<JobState, number>>>;
  /** Records one planned run of a schedule; false when it was recorded before (by this or another process). */
  recordScheduleRun(schedule: string, plannedAt: string, now: string): Promise<boolean>;
}
