import type { JobDefinition } from '../jobs/job-definition.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { runEscalation } from './run-escalation.js';

/**
 * Per district, every morning at 08:00 Asia/Shanghai: automatic 督办 (催办 reminder, overdue notice,
 * escalation). On a non-working day it does nothing: the steps come on the next working morning,
 * counted in working days as always. Reloads the working calendar first, so edits made through
 * another process count. Idempotent: each step is written once (hazard_notice_steps).
 */
export const escalateHazardsJob: JobDefinition = {
  kind: 'hazards.escalate',
  schedule: '0 8 * * *',
  async run({ job, deps, reportProgress }) {
    await deps.workingCalendars.refresh(deps.calendar);
    const today = shanghaiDate(deps.clock.now());
    if (deps.workingCalendars.forDistrict(job.districtCode).isWorkingDay(today)) {
      await runEscalation(deps, { districtCode: job.districtCode, today });
    }
    await reportProgress(1, 1);
  },
};
