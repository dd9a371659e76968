import type { CoreDeps, Stores } from '../deps.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { newJob, type Job } from '../jobs/job.js';
import { refreshUnitRisk } from './refresh-unit-risk.js';

export const REFRESH_UNIT_RISK_JOB_KIND = 'risk.refresh-unit';

/**
 * Asks, inside the caller's transaction (the outbox), for the unit's risk to be regraded after the
 * write commits (ADR 0107). One job row per unit for ever: a later write re-queues it unless it is
 * still queued, so many hazards reported at one unit before the runner gets to it make one regrade,
 * and a write that lands while the regrade runs makes it run again. A hazard without a unit asks for nothing.
 */
export async function enqueueUnitRiskRefresh(
  stores: Pick<Stores, 'jobs'>,
  deps: Pick<CoreDeps, 'ids'>,
  input: { readonly unitId: string | null; readonly districtCode: string; readonly now: Date },
): Promise<void> {
  if (!input.unitId) return;
  const request = { kind: REFRESH_UNIT_RISK_JOB_KIND, districtCode: input.districtCode, payload: { unitId: input.unitId }, dedupeKey: `unit:${input.unitId}` };
  await stores.jobs.enqueueOrRequeue(newJob(request, { id: deps.ids.newId(), now: input.now }));
}

/**
 * Regrades one unit from its facts as they are when the job runs (`refreshUnitRisk`), so a run
 * repeated or delayed grades the same committed facts to the same colour: idempotent. Run without
 * a unit (from 后台任务's "run now"), it has nothing to regrade.
 */
export const refreshUnitRiskJob: JobDefinition = {
  kind: REFRESH_UNIT_RISK_JOB_KIND,
  async run({ job, deps }) {
    await deps.inTransaction((stores) => refreshUnitRiskOf(stores, deps, job));
  },
  // One unit's regrade is a handful of statements: batched, one commit carries many (ADR 0116).
  batch: { size: 16, runInTransaction: refreshUnitRiskOf },
};

async function refreshUnitRiskOf(stores: Stores, deps: CoreDeps, job: Job): Promise<undefined> {
  const unitId = typeof job.payload.unitId === 'string' ? job.payload.unitId : null;
  if (unitId) await refreshUnitRisk(stores, { unitId, districtCode: job.districtCode, now: deps.clock.now(), ids: deps.ids });
  return undefined;
}
