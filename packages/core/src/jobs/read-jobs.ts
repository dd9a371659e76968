import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice, type ActorStanding } from '../accounts/district-office.js';
import type { CoreDeps } from '../deps.js';
import type { Job, JobState } from './job.js';
import { newJob, RETRYABLE_JOB_STATES } from './job.js';
import { invalidInput } from '../shared/domain-error.js';
import { JOB_DEFINITIONS } from './job-definitions.js';
import { jobNotFound, jobNotRetryable, jobsReadRefused } from './job-errors.js';

export const JOB_LIST_LIMIT = 100;

/** Background jobs are the district office's: the office of the whole district, not a town. */
export function canSeeJobs(actor: ActorStanding): boolean {
  return isDistrictOffice(actor);
}

/** The district's recent jobs, newest first, optionally only some states (e.g. the failed ones). */
export async function listJobs(deps: CoreDeps, actor: Actor, query: { readonly states?: readonly JobState[]; readonly limit?: number } = {}): Promise<Job[]> {
  if (!canSeeJobs(actor)) throw jobsReadRefused();
  const limit = Math.min(query.limit ?? JOB_LIST_LIMIT, JOB_LIST_LIMIT);
  return deps.jobs.list({ districtCode: actor.districtCode, limit, ...(query.states && query.states.length > 0 ? { states: query.states } : {}) });
}

/** Sends a failed job of the caller's district back to the queue to run now, with fresh attempts. */
export async function retryJob(deps: CoreDeps, actor: Actor, id: string): Promise<Job> {
  if (!canSeeJobs(actor)) throw jobsReadRefused();
  return deps.inTransaction(async (stores) => {
    const job = await stores.jobs.find(id, actor.districtCode);
    if (!job) throw jobNotFound(id);
    if (!RETRYABLE_JOB_STATES.includes(job.state) || !(await stores.jobs.requeue(job, deps.clock.now().toISOString()))) {
      throw jobNotRetryable(id, job.state);
    }
    const requeued = await stores.jobs.find(id, actor.districtCode);
    if (!requeued) throw jobNotFound(id);
    return requeued;
  });
}

/**
 * Runs a job of a listed kind for the caller's district now (e.g. a risk regrade after the district
 * changed its policy, instead of waiting for the night). Each call enqueues one new job.
 */
export async function runJobNow(deps: CoreDeps, actor: Actor, kind: string): Promise<Job> {
  if (!canSeeJobs(actor)) throw jobsReadRefused();
  if (!JOB_DEFINITIONS.some((definition) => definition.kind === kind)) throw invalidInput([{ path: '/kind', code: 'enum' }]);
  const job = newJob({ kind, districtCode: actor.districtCode }, { id: deps.ids.newId(), now: deps.clock.now() });
  await deps.inTransaction((stores) => stores.jobs.enqueue(job));
  return job;
}
