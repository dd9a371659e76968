import { Cron } from 'croner';
import { enqueueJob, type CoreDeps, type JobDefinition } from '@safegrid/core';

/** Schedules are read in the districts' own time zone. */
export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';

export interface ScheduledDefinition {
  readonly definition: JobDefinition;
  readonly cron: Cron;
}

/** The definitions that recur, with their cron expression parsed (croner); a bad expression stops start-up. */
export function parseSchedules(definitions: readonly JobDefinition[]): ScheduledDefinition[] {
  return definitions.flatMap((definition) => {
    if (!definition.schedule) return [];
    try {
      return [{ definition, cron: new Cron(definition.schedule, { timezone: SCHEDULE_TIME_ZONE, paused: true }) }];
    } catch (error) {
      throw new Error(`job ${definition.kind}: bad schedule "${definition.schedule}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  });
}

/**
 * Enqueues each schedule's latest planned run that has come and is not yet recorded: one job per
 * district, in the same transaction as the record of the run. Only the latest planned time counts,
 * so a server that was off for three nights runs the nightly job once on start, not three times;
 * and since the record is unique per schedule and time, several processes looking at the clock
 * enqueue it once. Returns how many jobs were enqueued.
 *
 * `recorded` is the caller's memory of the planned time each schedule last found recorded: a runner
 * polls after every job it finishes, and asking the database again about a run it already saw
 * recorded was one write transaction per schedule per poll (ADR 0116). Once recorded, a planned
 * time stays recorded, so skipping it changes nothing.
 */
export async function enqueueDueSchedules(deps: CoreDeps, schedules: readonly ScheduledDefinition[], recorded = new Map<string, string>()): Promise<number> {
  const now = deps.clock.now();
  let enqueued = 0;
  for (const { definition, cron } of schedules) {
    const [planned] = cron.previousRuns(1, now);
    if (!planned) continue;
    const plannedAt = planned.toISOString();
    if (recorded.get(definition.kind) === plannedAt) continue;
    enqueued += await deps.inTransaction(async (stores) => {
      if (!(await stores.jobs.recordScheduleRun(definition.kind, plannedAt, now.toISOString()))) return 0;
      let count = 0;
      for (const districtCode of await stores.regions.listDistrictCodes()) {
        const request = { kind: definition.kind, districtCode, dedupeKey: `schedule@${plannedAt}`, ...(definition.maxAttempts ? { maxAttempts: definition.maxAttempts } : {}) };
        if (await enqueueJob(stores, deps, request)) count += 1;
      }
      return count;
    });
    // Only after the transaction committed (or found the run recorded): a failed one is tried again at the next poll.
    recorded.set(definition.kind, plannedAt);
  }
  return enqueued;
}

/** `enqueueDueSchedules` with one memory of recorded runs: what a runner calls on each poll. */
export function createScheduleEnqueuer(deps: CoreDeps, schedules: readonly ScheduledDefinition[]): () => Promise<number> {
  const recorded = new Map<string, string>();
  return () => enqueueDueSchedules(deps, schedules, recorded);
}
