import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';
import * as createCoreTables from './20261121T0900-create-core-tables.js';
import * as createChecklists from './20261123T0900-create-checklists.js';
import * as createCampaigns from './20261123T0910-create-campaigns.js';
import * as createInspections from './20261123T0920-create-inspections.js';
import * as createUnitRisks from './20261123T0930-create-unit-risks.js';
import * as createTenantReviews from './20261123T0940-create-tenant-reviews.js';
import * as addDashboardIndexes from './20261124T0900-add-dashboard-indexes.js';
import * as createHazardRollups from './20261125T0900-create-hazard-rollups.js';
import * as addRollupReadIndexes from './20261126T1000-add-rollup-read-indexes.js';
import * as coverUnitRiskFacts from './20261126T1010-cover-unit-risk-facts.js';
import * as widenKeysForCitus from './20261126T1100-widen-keys-for-citus.js';
import * as addHazardListIndexes from './20261126T1200-add-hazard-list-indexes.js';
import * as createJobs from './20261207T1000-create-jobs.js';
import * as createLoginGuard from './20261207T1100-create-login-guard.js';
import * as foldOverdueCounts from './20261207T1200-fold-overdue-counts.js';
import * as createWorkingCalendar from './20261208T0100-create-working-calendar.js';
import * as createHazardNoticeSteps from './20261208T0110-create-hazard-notice-steps.js';
import * as createHazardSupervisions from './20261208T0120-create-hazard-supervisions.js';
import * as createNotifications from './20261208T0200-create-notifications.js';
import * as createEnforcementDocuments from './20261208T0400-create-enforcement-documents.js';
import * as createAuditLog from './20261208T0500-create-audit-log.js';
import * as wordChecklistHazardsAsFindings from './20261208T0600-word-checklist-hazards-as-findings.js';
import * as addUnitSubIndustry from './20261208T0610-add-unit-sub-industry.js';
import * as createPublicReports from './20261208T0700-create-public-reports.js';
import * as createApiKeys from './20261208T0710-create-api-keys.js';
import * as createIncidents from './20261208T0800-create-incidents.js';
import * as createDutyRosters from './20261208T0810-create-duty-rosters.js';
import * as createWarnings from './20261208T0820-create-warnings.js';
import * as createTaskLists from './20261208T0830-create-task-lists.js';
import * as normalizeUnitSearchText from './20261208T0900-normalize-unit-search-text.js';
import * as auditDutyTables from './20261209T0200-audit-duty-tables.js';
import * as createLeadershipReports from './20261209T0300-create-leadership-reports.js';
import * as createSectorDuties from './20261209T0400-create-sector-duties.js';
import * as createEquipment from './20261209T0410-create-equipment.js';
import * as createDustSupervision from './20261209T0420-create-dust-supervision.js';
import * as createEvidencePolicies from './20261209T0500-create-evidence-policies.js';
import * as addAccountAdministration from './20261209T0600-add-account-administration.js';
import * as addApiKeyScopes from './20261209T0610-add-api-key-scopes.js';
import * as addHazardSortIndexes from './20261210T0100-add-hazard-sort-indexes.js';
import * as createTwoFactor from './20261210T0300-create-two-factor.js';
import * as moveGroupRentalsToTheirSector from './20261210T0600-move-group-rentals-to-their-sector.js';
import * as createUnitImports from './20261210T0700-create-unit-imports.js';
import * as addUserDepartments from './20261211T0100-add-user-departments.js';
import * as dropRedundantHazardIndex from './20261212T0100-drop-redundant-hazard-index.js';
import * as addUnitGradingProbeIndex from './20261212T0200-add-unit-grading-probe-index.js';
import * as addDeliveryAttemptsIndex from './20261212T0300-add-delivery-attempts-index.js';
import * as addInspectionSortIndexes from './20261212T0500-add-inspection-sort-indexes.js';
import * as addTenantReviewIdIndexes from './20261212T0600-add-tenant-review-id-indexes.js';

export interface SafeGridMigration {
  readonly name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the database as it was then
  up(db: Kysely<any>, context: MigrationContext): Promise<void>;
}

/** The one ordered list of migrations for both dialects. Append only; never edit a merged one. */
export const MIGRATIONS: readonly SafeGridMigration[] = [
  { name: '20261121T0900-create-core-tables', up: createCoreTables.up },
  { name: '20261123T0900-create-checklists', up: createChecklists.up },
  { name: '20261123T0910-create-campaigns', up: createCampaigns.up },
  { name: '20261123T0920-create-inspections', up: createInspections.up },
  { name: '20261123T0930-create-unit-risks', up: createUnitRisks.up },
  { name: '20261123T0940-create-tenant-reviews', up: createTenantReviews.up },
  { name: '20261124T0900-add-dashboard-indexes', up: addDashboardIndexes.up },
  { name: '20261125T0900-create-hazard-rollups', up: createHazardRollups.up },
  { name: '20261126T1000-add-rollup-read-indexes', up: addRollupReadIndexes.up },
  { name: '20261126T1010-cover-unit-risk-facts', up: coverUnitRiskFacts.up },
  { name: '20261126T1100-widen-keys-for-citus', up: widenKeysForCitus.up },
  { name: '20261126T1200-add-hazard-list-indexes', up: addHazardListIndexes.up },
  { name: '20261207T1000-create-jobs', up: createJobs.up },
  { name: '20261207T1100-create-login-guard', up: createLoginGuard.up },
  { name: '20261207T1200-fold-overdue-counts', up: foldOverdueCounts.up },
  { name: '20261208T0100-create-working-calendar', up: createWorkingCalendar.up },
  { name: '20261208T0110-create-hazard-notice-steps', up: createHazardNoticeSteps.up },
  { name: '20261208T0120-create-hazard-supervisions', up: createHazardSupervisions.up },
  { name: '20261208T0200-create-notifications', up: createNotifications.up },
  { name: '20261208T0400-create-enforcement-documents', up: createEnforcementDocuments.up },
  { name: '20261208T0500-create-audit-log', up: createAuditLog.up },
  { name: '20261208T0600-word-checklist-hazards-as-findings', up: wordChecklistHazardsAsFindings.up },
  { name: '20261208T0610-add-unit-sub-industry', up: addUnitSubIndustry.up },
  { name: '20261208T0700-create-public-reports', up: createPublicReports.up },
  { name: '20261208T0710-create-api-keys', up: createApiKeys.up },
  { name: '20261208T0800-create-incidents', up: createIncidents.up },
  { name: '20261208T0810-create-duty-rosters', up: createDutyRosters.up },
  { name: '20261208T0820-create-warnings', up: createWarnings.up },
  { name: '20261208T0830-create-task-lists', up: createTaskLists.up },
  { name: '20261208T0900-normalize-unit-search-text', up: normalizeUnitSearchText.up },
  { name: '20261209T0200-audit-duty-tables', up: auditDutyTables.up },
  { name: '20261209T0300-create-leadership-reports', up: createLeadershipReports.up },
  { name: '20261209T0400-create-sector-duties', up: createSectorDuties.up },
  { name: '20261209T0410-create-equipment', up: createEquipment.up },
  { name: '20261209T0420-create-dust-supervision', up: createDustSupervision.up },
  { name: '20261209T0500-create-evidence-policies', up: createEvidencePolicies.up },
  { name: '20261209T0600-add-account-administration', up: addAccountAdministration.up },
  { name: '20261209T0610-add-api-key-scopes', up: addApiKeyScopes.up },
  { name: '20261210T0100-add-hazard-sort-indexes', up: addHazardSortIndexes.up },
  { name: '20261210T0300-create-two-factor', up: createTwoFactor.up },
  { name: '20261210T0600-move-group-rentals-to-their-sector', up: moveGroupRentalsToTheirSector.up },
  { name: '20261210T0700-create-unit-imports', up: createUnitImports.up },
  { name: '20261211T0100-add-user-departments', up: addUserDepartments.up },
  { name: '20261212T0100-drop-redundant-hazard-index', up: dropRedundantHazardIndex.up },
  { name: '20261212T0200-add-unit-grading-probe-index', up: addUnitGradingProbeIndex.up },
  { name: '20261212T0300-add-delivery-attempts-index', up: addDeliveryAttemptsIndex.up },
  { name: '20261212T0500-add-inspection-sort-indexes', up: addInspectionSortIndexes.up },
  { name: '20261212T0600-add-tenant-review-id-indexes', up: addTenantReviewIdIndexes.up },
];
