import type { CoreDeps } from '../deps.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { JOB_DEFINITIONS } from '../jobs/job-definitions.js';

/**
 * Runs every due job to the end, as the platform's runner does between polls, for core tests
 * that read what a job writes (a unit's colour after a report, ADR 0107). Runs one job at a time
 * under a lease; a handler that throws fails the test. Returns how many jobs ran.
 */
export async function runDueJobs(deps: CoreDeps, definitions: readonly JobDefinition[] = JOB_DEFINITIONS): Promise<number> {
  let ran = 0;
  for (;;) {
    const [job] = await deps.jobs.claim({ owner: 'core-test', now: deps.clock.now(), leaseMs: 60_000, limit: 1 });
    if (!job) return ran;
    const definition = definitions.find((candidate) => candidate.kind === job.kind);
    if (!definition) throw new Error(`no job definition of kind "${job.kind}"`);
    await definition.run({ job, deps, reportProgress: async () => undefined, signal: { aborted: false } });
    await deps.jobs.succeed(job, 'core-test', deps.clock.now().toISOString());
    ran += 1;
  }
}
