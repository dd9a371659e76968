/**
 * A durable job: work that runs after a write committed, or on a clock (ADR 0058). The row is
 * written in the same transaction as the write that asked for it (the outbox), so the job exists
 * exactly when that write committed.
 */
export const JOB_STATES = ['queued', 'running', 'succeeded', 'retrying', 'dead'] as const;
/** queued: waiting; running: leased by a worker; retrying: failed, will run again at `runAt`; dead: gave up. */
export type JobState = (typeof JOB_STATES)[number];

/**
 * The kinds a district may run now (`POST /jobs`), as plain names: the wire contract and the web
 * read this list without loading the job code. A test holds it equal to JOB_DEFINITIONS' kinds.
 */
export const JOB_KINDS = [
  'risk.regrade', 'sessions.purge', 'stats.fold-past-deadlines', 'hazards.escalate', 'notifications.fan-out', 'notifications.deliver', 'audit.verify',
  'incidents.check-deadlines',
  'reports.weekly', 'reports.monthly',
  'duty.check-notices',
  'imports.units',
  'risk.refresh-unit',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface JobProgress {
  readonly done: number;
  readonly total: number;
}

export interface Job {
  readonly id: string;
  readonly districtCode: string;
  /** The job definition's name, e.g. `risk.regrade`. */
  readonly kind: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** Unique per district and kind: enqueueing the same logical job twice keeps one. */
  readonly dedupeKey: string;
  readonly state: JobState;
  /** Runs started so far (a claim counts one). */
  readonly attempts: number;
  readonly maxAttempts: number;
  /** Not before this instant (ISO). */
  readonly runAt: string;
  readonly leaseOwner: string | null;
  readonly leaseExpiresAt: string | null;
  readonly lastError: string | null;
  readonly progress: JobProgress | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

/** What a use case asks for; the rest is filled in by `newJob`. */
export interface JobRequest {
  readonly kind: string;
  readonly districtCode: string;
  readonly payload?: Readonly<Record<string, unknown>>;
  /** Default: a fresh id, i.e. no deduplication. */
  readonly dedupeKey?: string;
  /** Default: now. */
  readonly runAt?: Date;
  /** Default: DEFAULT_MAX_ATTEMPTS. */
  readonly maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
/** The first retry waits this long; each further one twice as long, up to MAX_RETRY_DELAY_MS. */
export const FIRST_RETRY_DELAY_MS = 30_000;
export const MAX_RETRY_DELAY_MS = 60 * 60_000;
/** Longest last error kept on a job. */
export const MAX_JOB_ERROR_LENGTH = 2_000;

export function newJob(request: JobRequest, input: { readonly id: string; readonly now: Date }): Job {
  const now = input.now.toISOString();
  return {
    id: input.id,
    districtCode: request.districtCode,
    kind: request.kind,
    payload: request.payload ?? {},
    dedupeKey: request.dedupeKey ?? input.id,
    state: 'queued',
    attempts: 0,
    maxAttempts: request.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    runAt: (request.runAt ?? input.now).toISOString(),
    leaseOwner: null,
    leaseExpiresAt: null,
    lastError: null,
    progress: null,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
  };
}

/** Exponential backoff after the `attempts`-th failed run: 30 s, 1 min, 2 min, … capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * What a failed run leads to: another try after the backoff while attempts remain, else dead.
 * The one place the retry rule lives; stores only write what it decides.
 */
export function afterFailure(job: Pick<Job, 'attempts' | 'maxAttempts'>, now: Date): { state: 'retrying' | 'dead'; runAt: string } {
  if (job.attempts >= job.maxAttempts) return { state: 'dead', runAt: now.toISOString() };
  return { state: 'retrying', runAt: new Date(now.getTime() + retryDelayMs(job.attempts)).toISOString() };
}

/** The states from which an operator may send a job back to the queue. */
export const RETRYABLE_JOB_STATES: readonly JobState[] = ['retrying', 'dead'];

/** An error's text as kept on the job: the message (no stack), cut to MAX_JOB_ERROR_LENGTH. */
export function jobErrorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_JOB_ERROR_LENGTH ? `${text.slice(0, MAX_JOB_ERROR_LENGTH - 1)}…` : text;
}
