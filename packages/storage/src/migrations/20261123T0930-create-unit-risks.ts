import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

const LEVELS = sql.raw("'red', 'orange', 'yellow', 'blue'");

/** Risk grading: one current row per unit (placed like the unit), its history, and district settings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('unit_risks')
    .addColumn('unit_id', 'text', (c) => c.primaryKey().references('units.id'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('grid_id', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('computed_level', 'text', (c) => c.notNull().check(sql`computed_level in (${LEVELS})`))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('lec', 'ls')`))
    .addColumn('score', types.double, (c) => c.notNull())
    .addColumn('factors', types.json, (c) => c.notNull())
    .addColumn('reasons', types.json, (c) => c.notNull())
    .addColumn('computed_at', types.timestamp, (c) => c.notNull())
    .addColumn('override_level', 'text', (c) => c.check(sql`override_level is null or override_level in (${LEVELS})`))
    .addColumn('override_reason', 'text')
    .addColumn('override_expires_on', 'text')
    .addColumn('override_by', 'text')
    .addColumn('override_by_name', 'text')
    .addColumn('override_at', types.timestamp)
    .addColumn('last_visited_at', types.timestamp)
    .execute();
  await db.schema.createIndex('unit_risks_district_code_computed_level').on('unit_risks').columns(['district_code', 'computed_level']).execute();
  await db.schema.createIndex('unit_risks_override_level').on('unit_risks').column('override_level').where(sql.ref('override_level'), 'is not', null).execute();

  await db.schema
    .createTable('unit_risk_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('at', types.timestamp, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('computed', 'override_set', 'override_cleared')`))
    .addColumn('from_level', 'text')
    .addColumn('to_level', 'text', (c) => c.notNull())
    .addColumn('computed_level', 'text', (c) => c.notNull())
    .addColumn('reasons', types.json, (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('unit_risk_history_unit_id_id').on('unit_risk_history').columns(['unit_id', 'id']).execute();

  await db.schema
    .createTable('risk_policies')
    .addColumn('district_code', 'text', (c) => c.primaryKey())
    .addColumn('policy', types.json, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}
