import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Created here and distributed by district on Citus like every table since ADR 0030. */
export const DOCUMENT_DISTRIBUTED_TABLES = ['document_sequences', 'enforcement_documents', 'enforcement_document_hazards', 'officer_certificates'] as const;

/**
 * 执法文书 (ADR 0069): issued documents kept immutably with their PDF bytes and SHA-256, the
 * per-district, per-year, per-kind number sequence (one row, bumped inside the issuing transaction,
 * so two officers never get the same number), the hazards a document covers, and the officers'
 * 执法证号.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { dialect, types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('document_sequences')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_sequences_pkey', ['district_code', 'kind', 'year'])
    .execute();

  await db.schema
    .createTable('enforcement_documents')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('grid_id', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('rectification_order', 'inspection_record', 'review_opinion')`))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('inspection_id', 'text')
    .addColumn('supersedes_id', 'text')
    .addColumn('file', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_by_name', 'text', (c) => c.notNull())
    .addColumn('issued_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('enforcement_documents_pkey', ['district_code', 'id'])
    .addUniqueConstraint('enforcement_documents_number', ['district_code', 'kind', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('enforcement_documents_inspection').on('enforcement_documents').columns(['district_code', 'inspection_id']).execute();

  await db.schema
    .createTable('enforcement_document_hazards')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('hazard_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('enforcement_document_hazards_pkey', ['district_code', 'document_id', 'hazard_id'])
    .execute();
  await db.schema.createIndex('enforcement_document_hazards_hazard').on('enforcement_document_hazards').columns(['district_code', 'hazard_id']).execute();

  await db.schema
    .createTable('officer_certificates')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('certificate_no', 'text', (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('officer_certificates_pkey', ['district_code', 'user_id'])
    .execute();
}
