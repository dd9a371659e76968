// The public API of @safegrid/storage: open and migrate a database, create stores over it.
export * from './database.js';
export type { Database } from './database-schema.js';
export * from './stores.js';
export * from './bulk-load.js';
export { rebuildHazardRollups } from './stores/hazard-rollups.js';
export * from './storage-errors.js';
export { MIGRATIONS } from './migrations/index.js';
export { deferSecondaryIndexes, openPostgresCopyLoader, type DeferredIndexes, type PostgresCopyLoader } from './bulk-load-postgres.js';
export { createPostgresChangeFeed, CHANGE_CHANNEL, type PostgresChangeFeed, type PostgresChangeFeedOptions } from './postgres-change-feed.js';
export * from './backup.js';
export { appendAudit, chainUnaudited } from './audit/audit-chain.js';
export { verifyAuditChain, auditedDistricts, type AuditVerification as StoredAuditVerification } from './audit/audit-verify.js';
export { AUDITED_TABLES, type AuditedTable, type AuditedTableName } from './audit/audited-tables.js';
