import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/**
 * 厂中厂: reviews before lease placed at their park (unit_id is the park, so scope rules apply as to
 * the park), and one outcome per tenant unit.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  const flag = (column: string) => sql`${sql.ref(column)} in (0, 1)`;
  await db.schema
    .createTable('tenant_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('grid_id', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('tenant_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('submitted', 'approved', 'rejected', 'withdrawn')`))
    .addColumn('tenant', types.json, (c) => c.notNull())
    .addColumn('lease_starts_on', 'text')
    .addColumn('lease_ends_on', 'text')
    .addColumn('safety_agreement', 'integer', (c) => c.notNull().check(flag('safety_agreement')))
    .addColumn('fire_acceptance', 'integer', (c) => c.notNull().check(flag('fire_acceptance')))
    .addColumn('note', 'text')
    .addColumn('applied_by', 'text', (c) => c.notNull())
    .addColumn('applied_by_name', 'text', (c) => c.notNull())
    .addColumn('applied_at', types.timestamp, (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', types.timestamp)
    .addColumn('decision_reason', 'text')
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tenant_reviews_unit_id').on('tenant_reviews').column('unit_id').execute();
  await db.schema.createIndex('tenant_reviews_tenant_unit_id').on('tenant_reviews').column('tenant_unit_id').execute();
  await db.schema.createIndex('tenant_reviews_district_code_status_id').on('tenant_reviews').columns(['district_code', 'status', 'id']).execute();
  await db.schema.createIndex('tenant_reviews_town_code_status_id').on('tenant_reviews').columns(['town_code', 'status', 'id']).execute();

  await db.schema
    .createTable('tenant_outcomes')
    .addColumn('unit_id', 'text', (c) => c.primaryKey().references('units.id'))
    .addColumn('park_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('grid_id', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('shut_down', 'compliant', 'upgraded')`))
    .addColumn('note', 'text')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_by_name', 'text', (c) => c.notNull())
    .addColumn('decided_at', types.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tenant_outcomes_park_id').on('tenant_outcomes').column('park_id').execute();
}
