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
  /** One report per task and month: a second report of a month replaces the first. */
  saveReport(report: TaskReport): Promise<void>;
  listReports(taskIds: readonly string[], districtCode: string): Promise<TaskReport[]>;
}
