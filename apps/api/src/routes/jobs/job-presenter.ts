import type { Job } from '@safegrid/core';
import type { JobResponse } from '@safegrid/contracts';

/** A job as the district office sees it: no payload, lease owner or dedupe key (internal). */
export function presentJob(job: Job): JobResponse {
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    runAt: job.runAt,
    progress: job.progress ? { done: job.progress.done, total: job.progress.total } : null,
    lastError: job.lastError,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    finishedAt: job.finishedAt,
  };
}
