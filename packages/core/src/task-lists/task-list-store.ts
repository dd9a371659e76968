import type { PlanTask, TaskPlan, TaskReport } from './task-list.js';

export interface TaskListStore {
  insertPlan(plan: TaskPlan): Promise<void>;
  findPlan(id: string, districtCode: string): Promise<TaskPlan | undefined>;
  listPlans(districtCode: string): Promise<TaskPlan[]>;
  insertTask(task: PlanTask): Promise<void>;
  findTask(id: string, districtCode: string): Promise<PlanTask | undefined>;
  /** Sets `completedAt` once; false when already set. */
  completeTask(id: string, districtCode: string, at: string): Promise<boolean>;
  /** A plan's tasks in the order entered. */
  listTasks(planId: string, districtCode: string): Promise<PlanTask[]>;
  /** One report per task and month: a later one replaces the content and keeps the month's row id. */
  saveReport(report: TaskReport): Promise<void>;
  listReports(taskIds: readonly string[], districtCode: string): Promise<TaskReport[]>;
}

/** One row of the plan's table in words, as a file for the meeting shows it. */
export interface TaskTableSheetRow {
  readonly lead: string;
  readonly action: string;
  readonly title: string;
  readonly coResponsible: string;
  readonly deadline: string;
  readonly target: string;
  readonly status: string;
  readonly missing: string;
  readonly lastReport: string;
}

/** Writes the plan's table as an .xlsx workbook (adapters: exceljs). */
export interface TaskTableExporter {
  toXlsx(title: string, rows: readonly TaskTableSheetRow[]): Promise<Uint8Array>;
}
