import { purgeExpiredSessionsJob } from '../accounts/purge-sessions-job.js';
import { auditVerifyJob } from '../audit/audit-verify-job.js';
import { regradeRiskJob } from '../risk/regrade-risk-job.js';
import { refreshUnitRiskJob } from '../risk/refresh-unit-risk-job.js';
import { foldPastDeadlinesJob } from '../stats/fold-past-deadlines-job.js';
import { escalateHazardsJob } from '../escalation/escalate-hazards-job.js';
import type { JobDefinition } from './job-definition.js';
import { fanOutNotificationsJob } from '../notifications/fan-out-job.js';
import { deliverNotificationJob } from '../notifications/deliver-job.js';
import { checkIncidentDeadlinesJob } from '../incidents/check-incident-deadlines-job.js';
import { monthlyReportJob, weeklyReportJob } from '../reports/report-jobs.js';
import { checkDutyNoticesJob } from '../duty/check-duty-notices-job.js';
import { unitImportJob } from '../imports/unit-import-job.js';

/**
 * Every job SafeGrid runs: the one explicit list (no registration by import side effect). Each
 * definition lives in its own file next to its feature; add a new one here. The runner refuses a
 * list with two definitions of one kind, and a job of a kind not listed here goes dead with that
 * error instead of being lost.
 */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  regradeRiskJob,
  purgeExpiredSessionsJob,
  foldPastDeadlinesJob,
  escalateHazardsJob,
  fanOutNotificationsJob,
  deliverNotificationJob,
  auditVerifyJob,
  checkIncidentDeadlinesJob,
  weeklyReportJob,
  monthlyReportJob,
  checkDutyNoticesJob,
  unitImportJob,
  refreshUnitRiskJob,
];
