import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): their keys carry district_code. */
export const INCIDENT_DISTRIBUTED_TABLES = ['incidents', 'incident_versions'] as const;

/**
 * 事故信息报送 (ADR 0076): one row per incident with its facts as they stand now (JSON, as every
 * report carries all of them), the grade, the reporting steps done and the 迟报 records; and one row
 * per version, so a 续报 never overwrites what was reported before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  const grade = (column: string) => sql`${sql.ref(column)} in ('general', 'larger', 'major', 'especially_major')`;
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('town_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('occurred_at', types.timestamp, (c) => c.notNull())
    .addColumn('facts', types.json, (c) => c.notNull())
    .addColumn('computed_grade', 'text', (c) => c.notNull().check(grade('computed_grade')))
    .addColumn('grade', 'text', (c) => c.notNull().check(grade('grade')))
    .addColumn('grade_reason', 'text')
    .addColumn('steps', types.json, (c) => c.notNull())
    .addColumn('late_reports', types.json, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addColumn('updated_at', types.timestamp, (c) => c.notNull())
    .addColumn('closed_at', types.timestamp)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('incidents_pkey', ['id', 'district_code'])
    .execute();
  // The duty board and the deadline job read open incidents by district or town; lists read newest first.
  await db.schema.createIndex('incidents_district_code_status_id').on('incidents').columns(['district_code', 'status', 'id']).execute();
  await db.schema.createIndex('incidents_town_code_status_id').on('incidents').columns(['town_code', 'status', 'id']).execute();

  await db.schema
    .createTable('incident_versions')
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number >= 1`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('first_report', 'follow_up', 'grade_set', 'step_reported', 'late_recorded', 'closed')`))
    .addColumn('changed', types.json, (c) => c.notNull())
    .addColumn('facts', types.json, (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull().check(grade('grade')))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('step', 'text')
    .addColumn('after_casualty_window', 'integer', (c) => c.notNull().check(sql`after_casualty_window in (0, 1)`))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_versions_pkey', ['incident_id', 'district_code', 'number'])
    .addForeignKeyConstraint('incident_versions_incident_fkey', ['incident_id', 'district_code'], 'incidents', ['id', 'district_code'])
    .execute();
}
