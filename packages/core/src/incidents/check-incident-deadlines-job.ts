import { systemActor } from '../accounts/actor.js';
import { enqueueDutyNotices, lateReportNotices, newLateReports, type DutyNotice } from '../duty/duty-notices.js';
import type { CoreDeps } from '../deps.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { lateReportChanges, withLateReports } from './incident-lateness.js';
import { saveIncidentVersion } from './save-incident.js';

/**
 * Records 迟报 on every open incident of a district whose reporting step is past its limit, once per
 * step (a second run finds nothing new), and enqueues in the same transaction the notices of the new
 * records (duty-notices.ts: the duty officer and leader on duty, inbox and channels). Returns those notices.
 */
export async function checkIncidentDeadlines(deps: CoreDeps, districtCode: string): Promise<DutyNotice[]> {
  const now = deps.clock.now();
  const context = { actor: systemActor(districtCode), now };
  return deps.inTransaction(async (stores) => {
    const notices: DutyNotice[] = [];
    for (const incident of await stores.incidents.listOpen({ districtCode })) {
      const changes = lateReportChanges(incident, now);
      if (changes.length === 0) continue;
      const steps = changes.map((change) => change.step);
      const saved = await saveIncidentVersion(stores, context, incident, { lateReports: withLateReports(incident.lateReports, changes) }, { kind: 'late_recorded', changed: [], note: steps.join(','), step: steps[0] ?? null });
      notices.push(...lateReportNotices(saved, newLateReports(incident, saved)));
    }
    await enqueueDutyNotices(stores, deps, notices);
    return notices;
  });
}

/** Every 5 minutes: a 1-hour limit is then found late within 5 minutes of passing. */
export const checkIncidentDeadlinesJob: JobDefinition = {
  kind: 'incidents.check-deadlines',
  schedule: '*/5 * * * *',
  async run({ job, deps, reportProgress }) {
    await checkIncidentDeadlines(deps, job.districtCode);
    await reportProgress(1, 1);
  },
};
