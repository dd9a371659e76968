import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import { NestedTransactionError, type CoreDeps, type Stores } from '@safegrid/core';
import type { Database } from './database-schema.js';
import type { DialectName } from './database.js';
import { createGroupCommit } from './group-commit.js';
import { guardStore, translateStorageError } from './storage-errors.js';
import { createAuditStore } from './stores/audit-store.js';
import { createDashboardStore } from './stores/dashboard-store.js';
import { createHazardEventStore, createHazardStore } from './stores/hazard-store.js';
import { createIdempotencyStore } from './stores/idempotency-store.js';
import { createLoginGuardStore } from './stores/login-guard-store.js';
import { createJobStore } from './stores/job-store.js';
import { createChannelStore, createNotificationStore } from './stores/notification-store.js';
import { createDocumentStore } from './stores/document-store.js';
import { createReportStore } from './stores/report-store.js';
import { createPhotoStore } from './stores/photo-store.js';
import { createPublicReportStore } from './stores/public-report-store.js';
import { createApiKeyStore } from './stores/api-key-store.js';
import { createRegionStore } from './stores/region-store.js';
import { createStatsStore } from './stores/stats-store.js';
import { createUnitStore } from './stores/unit-store.js';
import { createSessionStore, createUserStore } from './stores/user-store.js';
import { createCampaignStore } from './stores/campaign-store.js';
import { createChecklistStore } from './stores/checklist-store.js';
import { createInspectionStore } from './stores/inspection-store.js';
import { createTenantReviewStore } from './stores/tenant-review-store.js';
import { createRiskPolicyStore, createUnitRiskStore } from './stores/unit-risk-store.js';
import { createCalendarStore, createHazardNoticeStore } from './stores/calendar-store.js';
import { createSupervisionStore } from './stores/supervision-store.js';
import { createIncidentStore } from './stores/incident-store.js';
import { createDutyStore } from './stores/duty-store.js';
import { createSectorDutyStore } from './stores/sector-duty-store.js';
import { createEquipmentStore } from './stores/equipment-store.js';
import { createDustSupervisionStore } from './stores/dust-supervision-store.js';
import { createWarningStore } from './stores/warning-store.js';
import { createTaskListStore } from './stores/task-list-store.js';
import { createEvidencePolicyStore } from './stores/evidence-policy-store.js';
import { createTwoFactorStore } from './stores/two-factor-store.js';
import { createUnitImportStore } from './stores/unit-import-store.js';

/** Every store over one Kysely instance (the database, or a transaction of it). */
export function createStores(db: Kysely<Database>, dialect: DialectName): Stores {
  return {
    regions: guardStore(createRegionStore(db)),
    units: guardStore(createUnitStore(db, dialect)),
    hazards: guardStore(createHazardStore(db, dialect)),
    hazardEvents: guardStore(createHazardEventStore(db)),
    users: guardStore(createUserStore(db)),
    sessions: guardStore(createSessionStore(db)),
    logins: guardStore(createLoginGuardStore(db)),
    photos: guardStore(createPhotoStore(db)),
    idempotency: guardStore(createIdempotencyStore(db)),
    stats: guardStore(createStatsStore(db)),
    checklists: guardStore(createChecklistStore(db)),
    inspections: guardStore(createInspectionStore(db)),
    campaigns: guardStore(createCampaignStore(db)),
    unitRisks: guardStore(createUnitRiskStore(db)),
    riskPolicies: guardStore(createRiskPolicyStore(db)),
    tenantReviews: guardStore(createTenantReviewStore(db)),
    dashboard: guardStore(createDashboardStore(db)),
    jobs: guardStore(createJobStore(db, dialect)),
    calendar: guardStore(createCalendarStore(db)),
    hazardNotices: guardStore(createHazardNoticeStore(db)),
    supervisions: guardStore(createSupervisionStore(db)),
    notifications: guardStore(createNotificationStore(db)),
    channels: guardStore(createChannelStore(db)),
    audit: guardStore(createAuditStore(db)),
    documents: guardStore(createDocumentStore(db)),
    publicReports: guardStore(createPublicReportStore(db)),
    apiKeys: guardStore(createApiKeyStore(db)),
    incidents: guardStore(createIncidentStore(db)),
    duty: guardStore(createDutyStore(db)),
    warnings: guardStore(createWarningStore(db)),
    taskLists: guardStore(createTaskListStore(db)),
    sectorDuties: guardStore(createSectorDutyStore(db)),
    equipment: guardStore(createEquipmentStore(db)),
    dustSupervision: guardStore(createDustSupervisionStore(db)),
    reports: guardStore(createReportStore(db)),
    evidencePolicies: guardStore(createEvidencePolicyStore(db)),
    twoFactor: guardStore(createTwoFactorStore(db)),
    unitImports: guardStore(createUnitImportStore(db)),
  };
}

/**
 * Runs work in one transaction with stores bound to it; a failure rolls everything back. On SQLite
 * the transactions of one event-loop turn share a commit (group commit, ADR 0054); on PostgreSQL
 * each is its own transaction on a pooled connection. A call made from inside the work of another
 * is refused (NestedTransactionError, ADR 0062): on SQLite it would wait for itself, on PostgreSQL
 * it would silently take a second connection and commit apart from the outer transaction.
 */
export function inTransaction(db: Kysely<Database>, dialect: DialectName): CoreDeps['inTransaction'] {
  const run = dialect === 'sqlite'
    ? createGroupCommit(db)
    : <T>(work: (trx: Kysely<Database>) => Promise<T>) => db.transaction().execute(work);
  const insideWork = new AsyncLocalStorage<true>();
  return async (work) => {
    if (insideWork.getStore()) throw new NestedTransactionError();
    try {
      return await run((trx) => insideWork.run(true, () => work(createStores(trx, dialect))));
    } catch (error) {
      throw translateStorageError(error);
    }
  };
}
