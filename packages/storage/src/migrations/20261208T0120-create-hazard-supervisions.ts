import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * 挂牌督办 (ADR 0063): one row per listed hazard with the supervising department, the required
 * completion date, who listed it and when, and the 摘牌 stamp once delisted.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('hazard_supervisions')
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('hazard_id', 'text', (c) => c.notNull())
    .addColumn('supervising_department', 'text', (c) => c.notNull())
    .addColumn('required_by', 'text', (c) => c.notNull())
    .addColumn('listed_by', 'text', (c) => c.notNull())
    .addColumn('listed_by_name', 'text', (c) => c.notNull())
    .addColumn('listed_at', types.timestamp, (c) => c.notNull())
    .addColumn('delisted_by', 'text')
    .addColumn('delisted_by_name', 'text')
    .addColumn('delisted_at', types.timestamp)
    .addPrimaryKeyConstraint('hazard_supervisions_pkey', ['district_code', 'hazard_id'])
    .execute();
  await db.schema.createIndex('hazard_supervisions_active').on('hazard_supervisions').columns(['district_code', 'delisted_at', 'hazard_id']).execute();
}
