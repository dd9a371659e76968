import type { JobDefinition } from '../jobs/job-definition.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { foldPastDeadlines } from './fold-past-deadlines.js';

/**
 * Per district, daily soon after midnight in Asia/Shanghai: the deadlines that passed move into the
 * overdue counts, so the overview's overdue figure reads only the days since the last fold (ADR 0031).
 * Idempotent, so a retried or doubled run is harmless; a late run only costs the overview a few more
 * deadline days until it happens.
 */
export const foldPastDeadlinesJob: JobDefinition = {
  kind: 'stats.fold-past-deadlines',
  schedule: '5 0 * * *',
  async run({ job, deps, reportProgress }) {
    await foldPastDeadlines(deps, { districtCode: job.districtCode, today: shanghaiDate(deps.clock.now()) });
    await reportProgress(1, 1);
  },
};
