import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus like every table since ADR 0030. */
export const UNIT_IMPORT_DISTRIBUTED_TABLES = ['unit_imports'] as const;

/**
 * 台账导入 runs committed as jobs (ADR 0098): the sheet as read from the upload (JSON text, dropped
 * once the run finished), the choices made, and the outcome, saved in the transaction that writes
 * the units. One run per `imports.units` job.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('unit_imports')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('on_existing', 'text', (c) => c.notNull().check(sql`on_existing in ('update', 'skip')`))
    .addColumn('mapping', types.json, (c) => c.notNull())
    .addColumn('total_rows', 'integer', (c) => c.notNull())
    // Plain text on both dialects: read back whole by the job, never queried inside.
    .addColumn('sheet', 'text')
    .addColumn('outcome', types.json)
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('finished_at', types.timestamp)
    .addPrimaryKeyConstraint('unit_imports_pkey', ['district_code', 'id'])
    .execute();
}
