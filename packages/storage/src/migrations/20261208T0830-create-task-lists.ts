import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './migration-context.js';

/** Distributed by district on Citus (ADR 0030): their keys carry district_code. */
export const TASK_LIST_DISTRIBUTED_TABLES = ['task_plans', 'plan_tasks', 'task_reports'] as const;

/** 清单管理 (ADR 0077): plans, their tasks (offices, deadline, milestones, target as JSON) and one progress report per task and month. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>, { types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('task_plans')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('task_plans_pkey', ['id', 'district_code'])
    .execute();
  await db.schema
    .createTable('plan_tasks')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', types.json, (c) => c.notNull())
    .addColumn('co_responsible', types.json, (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('milestones', types.json, (c) => c.notNull())
    .addColumn('target', types.json, (c) => c.notNull())
    .addColumn('completed_at', types.timestamp)
    .addColumn('created_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_tasks_pkey', ['id', 'district_code'])
    .addForeignKeyConstraint('plan_tasks_plan_fkey', ['plan_id', 'district_code'], 'task_plans', ['id', 'district_code'])
    .execute();
  await db.schema.createIndex('plan_tasks_district_code_plan_id').on('plan_tasks').columns(['district_code', 'plan_id']).execute();
  await db.schema
    .createTable('task_reports')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull().check(sql`length(period) = 7`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('figure', types.double)
    .addColumn('evidence_photo_ids', types.json, (c) => c.notNull())
    .addColumn('completes', 'integer', (c) => c.notNull().check(sql`completes in (0, 1)`))
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('reported_by_name', 'text', (c) => c.notNull())
    .addColumn('reported_at', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('task_reports_pkey', ['id', 'district_code'])
    .addUniqueConstraint('task_reports_district_code_task_id_period', ['district_code', 'task_id', 'period'])
    .addForeignKeyConstraint('task_reports_task_fkey', ['task_id', 'district_code'], 'plan_tasks', ['id', 'district_code'])
    .execute();
}
