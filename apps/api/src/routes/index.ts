import type { SafeGridApp } from '../app-types.js';
import { authRoutes } from './auth/auth-routes.js';
import { twoFactorRoutes } from './auth/two-factor-routes.js';
import { hazardRoutes } from './hazards/hazard-routes.js';
import { healthRoutes } from './health/health-routes.js';
import { photoRoutes } from './photos/photo-routes.js';
import { regionRoutes } from './regions/region-routes.js';
import { statsRoutes } from './stats/stats-routes.js';
import { unitRoutes } from './units/unit-routes.js';
import { campaignRoutes } from './campaigns/campaign-routes.js';
import { checklistRoutes } from './checklists/checklist-routes.js';
import { inspectionRoutes } from './inspections/inspection-routes.js';
import { parkRoutes } from './parks/park-routes.js';
import { riskRoutes } from './risk/risk-routes.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';
import { hazardAssigneeRoutes } from './hazards/hazard-assignee-routes.js';
import { settingsRoutes } from './settings/settings-routes.js';
import { statsStreamRoutes } from './stats/stats-stream-routes.js';
import { userRoutes } from './users/user-routes.js';
import { jobRoutes } from './jobs/job-routes.js';
import { calendarRoutes } from './calendar/calendar-routes.js';
import { notificationRoutes } from './notifications/notification-routes.js';
import { channelRoutes } from './notifications/channel-routes.js';
import { auditRoutes } from './audit/audit-routes.js';
import { unitImportRoutes } from './imports/unit-import-routes.js';
import { exportRoutes } from './exports/export-routes.js';
import { documentRoutes } from './documents/document-routes.js';
import { campaignReportFileRoutes } from './campaigns/campaign-report-file-routes.js';
import { publicReportRoutes } from './public-reports/public-report-routes.js';
import { apiKeyRoutes } from './public-reports/api-key-routes.js';
import { incidentRoutes } from './incidents/incident-routes.js';
import { dutyRoutes } from './duty/duty-routes.js';
import { warningRoutes } from './warnings/warning-routes.js';
import { taskListRoutes } from './task-lists/task-list-routes.js';
import { sectorDutyRoutes } from './sector-duties/sector-duty-routes.js';
import { equipmentRoutes } from './equipment/equipment-routes.js';
import { dustSupervisionRoutes } from './dust-supervision/dust-supervision-routes.js';
import { accountRoutes } from './accounts/account-routes.js';
import { reportRoutes } from './reports/report-routes.js';
import { userImportRoutes } from './imports/user-import-routes.js';
import { gridImportRoutes } from './imports/grid-import-routes.js';
import { evidenceRoutes } from './evidence/evidence-routes.js';
import { batchRoutes } from './batches/batch-routes.js';

/** The one list of route plugins under /api/v1 (no registration by import side effect). */
export const API_ROUTES: readonly ((app: SafeGridApp) => Promise<void>)[] = [
  healthRoutes,
  authRoutes,
  twoFactorRoutes,
  regionRoutes,
  unitRoutes,
  hazardRoutes,
  photoRoutes,
  statsRoutes,
  checklistRoutes,
  inspectionRoutes,
  campaignRoutes,
  riskRoutes,
  parkRoutes,
  dashboardRoutes,
  statsStreamRoutes,
  hazardAssigneeRoutes,
  settingsRoutes,
  userRoutes,
  jobRoutes,
  calendarRoutes,
  notificationRoutes,
  channelRoutes,
  auditRoutes,
  unitImportRoutes,
  exportRoutes,
  documentRoutes,
  campaignReportFileRoutes,
  publicReportRoutes,
  apiKeyRoutes,
  incidentRoutes,
  dutyRoutes,
  warningRoutes,
  taskListRoutes,
  sectorDutyRoutes,
  equipmentRoutes,
  dustSupervisionRoutes,
  accountRoutes,
  reportRoutes,
  userImportRoutes,
  gridImportRoutes,
  evidenceRoutes,
  batchRoutes,
];
