import type { Kysely, Selectable } from 'kysely';
import type { PlanTask, TaskListStore, TaskReport } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { PlanTasksTable, TaskReportsTable } from '../database-schema-duty.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';
import { appendAudit } from '../audit/audit-chain.js';

const toTask = (row: Selectable<PlanTasksTable>): PlanTask => ({
  ...row, lead: readJson<PlanTask['lead']>(row.lead), coResponsible: readJson<PlanTask['coResponsible']>(row.coResponsible), milestones: readJson<PlanTask['milestones']>(row.milestones),
  target: readJson<PlanTask['target']>(row.target), completedAt: toIsoOrNull(row.completedAt), createdAt: toIso(row.createdAt),
});

const toReport = (row: Selectable<TaskReportsTable>): TaskReport => ({
  ...row, figure: row.figure === null ? null : Number(row.figure), evidencePhotoIds: readJson<string[]>(row.evidencePhotoIds), completes: Number(row.completes) === 1, reportedAt: toIso(row.reportedAt),
});

/** Plans, tasks and monthly reports of 清单管理. */
export function createTaskListStore(db: Kysely<Database>): TaskListStore {
  return {
    async insertPlan(plan) {
      await db.insertInto('taskPlans').values(plan).execute();
      await appendAudit(db, 'task_plans', [plan.id]);
    },
    async findPlan(id, districtCode) {
      const row = await db.selectFrom('taskPlans').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && { ...row, createdAt: toIso(row.createdAt) };
    },
    async listPlans(districtCode) {
      const rows = await db.selectFrom('taskPlans').selectAll().where('districtCode', '=', districtCode).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
      return rows.map((row) => ({ ...row, createdAt: toIso(row.createdAt) }));
    },
    async insertTask(task) {
      await db.insertInto('planTasks').values({
        ...task, lead: writeJson(task.lead), coResponsible: writeJson(task.coResponsible), milestones: writeJson(task.milestones), target: writeJson(task.target),
      }).execute();
      await appendAudit(db, 'plan_tasks', [task.id]);
    },
    async findTask(id, districtCode) {
      const row = await db.selectFrom('planTasks').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toTask(row);
    },
    async completeTask(id, districtCode, at) {
      const result = await db.updateTable('planTasks').set({ completedAt: at }).where('id', '=', id).where('districtCode', '=', districtCode).where('completedAt', 'is', null).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await appendAudit(db, 'plan_tasks', [id]);
      return true;
    },
    async listTasks(planId, districtCode) {
      const rows = await db.selectFrom('planTasks').selectAll().where('planId', '=', planId).where('districtCode', '=', districtCode).orderBy('createdAt').orderBy('id').execute();
      return rows.map(toTask);
    },
    async saveReport(report) {
      const row = { ...report, evidencePhotoIds: writeJson(report.evidencePhotoIds), completes: report.completes ? 1 : 0 };
      // A later report of the month replaces the content and keeps the row's id, so its audit entries stay one history.
      const { districtCode: _district, taskId: _task, period: _period, id: _id, ...changes } = row;
      await db.insertInto('taskReports').values(row).onConflict((conflict) => conflict.columns(['districtCode', 'taskId', 'period']).doUpdateSet(changes)).execute();
      const stored = await db.selectFrom('taskReports').select('id').where('districtCode', '=', report.districtCode).where('taskId', '=', report.taskId).where('period', '=', report.period).executeTakeFirstOrThrow();
      await appendAudit(db, 'task_reports', [stored.id]);
    },
    async listReports(taskIds, districtCode) {
      if (taskIds.length === 0) return [];
      const rows = await db.selectFrom('taskReports').selectAll().where('districtCode', '=', districtCode).where('taskId', 'in', [...taskIds]).orderBy('period').orderBy('taskId').execute();
      return rows.map(toReport);
    },
  };
}
