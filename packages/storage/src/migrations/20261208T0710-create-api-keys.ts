import type { Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Kept on the Citus coordinator like sessions: a request names its key before any district is known (ADR 0030). */
export const API_KEY_COORDINATOR_TABLES = ['api_keys'] as const;

/**
 * Open311 client keys (ADR 0075): the hash of the key (unique), its name, its own hourly limit,
 * who issued it and when it was revoked.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('requests_per_hour', 'integer', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('revoked_at', types.timestamp)
    .addColumn('last_used_at', types.timestamp)
    .execute();
  await db.schema.createIndex('api_keys_district_code_created_at').on('api_keys').columns(['district_code', 'created_at']).execute();
}
