import type { JobDefinition } from '../jobs/job-definition.js';
import { publishScheduledReports } from './generate-report.js';

/** 周报: Mondays 08:00 Asia/Shanghai, for the week that ended the day before. */
export const weeklyReportJob: JobDefinition = {
  kind: 'reports.weekly',
  schedule: '0 8 * * 1',
  async run({ job, deps, reportProgress }) {
    await publishScheduledReports(deps, job.districtCode, 'weekly');
    await reportProgress(1, 1);
  },
};

/** 月报: the 1st of each month 08:00 Asia/Shanghai, for the month before. */
export const monthlyReportJob: JobDefinition = {
  kind: 'reports.monthly',
  schedule: '0 8 1 * *',
  async run({ job, deps, reportProgress }) {
    await publishScheduledReports(deps, job.districtCode, 'monthly');
    await reportProgress(1, 1);
  },
};
