import { sql, type Kysely } from 'kysely';
import { chainUnaudited } from '../audit/audit-chain.js';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): the key is the district. */
export const EVIDENCE_DISTRIBUTED_TABLES = ['evidence_policies'] as const;

/**
 * Each district's evidence rules (ADR 0087): whether 销号 of a general hazard needs review photos,
 * and the age and distance beyond which an evidence photo is flagged. No row: the defaults.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('evidence_policies')
    .addColumn('district_code', 'text', (c) => c.primaryKey())
    .addColumn('general_review_photos', 'text', (c) => c.notNull().check(sql`general_review_photos in ('required', 'optional')`))
    .addColumn('max_photo_age_hours', 'integer', (c) => c.notNull())
    .addColumn('max_photo_distance_metres', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .execute();
  // The table is audited (a state table, ADR 0071): rows it may already hold join the chain.
  await chainUnaudited(db);
}
