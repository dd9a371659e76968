import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import { writeContext, type CoreDeps } from '../deps.js';
import { isCalendarDate, shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { departmentsOf } from '../sector-duties/sector-duties.js';
import { isOffice, missingReports, officeKey, TARGET_METRICS, taskStatus, type OfficeRef, type PlanTask, type TargetMetric, type TaskPlan, type TaskReport, type TaskStatus } from './task-list.js';
import { liveFigures } from './task-live-figure.js';

export const taskListRefused = () => new DomainError('permission_denied', 'task_list.refused', 'Only the district office enters plans; only a task’s offices report on it.');
export const taskPlanNotFound = (id: string) => new DomainError('not_found', 'task_list.plan_not_found', 'The plan does not exist.', { planId: id });
export const planTaskNotFound = (id: string) => new DomainError('not_found', 'task_list.task_not_found', 'The task does not exist or is not yours.', { taskId: id });

/** The offices an account speaks for: its town, or its department. The district office speaks for all. */
export function officesOf(actor: Actor): string[] {
  if (actor.role === 'town' || (actor.role === 'district' && actor.scope.regionCode !== actor.districtCode)) return [officeKey({ kind: 'town', code: actor.scope.regionCode.slice(0, 9) })];
  if (actor.role === 'department') return departmentsOf(actor).map((department) => officeKey({ kind: 'department', code: department }));
  return [];
}

const isMine = (actor: Actor, task: Pick<PlanTask, 'lead' | 'coResponsible'>) =>
  isDistrictOffice(actor) || [task.lead, ...task.coResponsible].some((office) => officesOf(actor).includes(officeKey(office)));

export async function createTaskPlan(deps: CoreDeps, actor: Actor, input: { name: string; startsOn: CalendarDate; endsOn: CalendarDate }): Promise<TaskPlan> {
  if (!isDistrictOffice(actor)) throw taskListRefused();
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ path: '/name', code: 'required' });
  if (!isCalendarDate(input.startsOn)) problems.push({ path: '/startsOn', code: 'format' });
  if (!isCalendarDate(input.endsOn)) problems.push({ path: '/endsOn', code: 'format' });
  else if (input.endsOn < input.startsOn) problems.push({ path: '/endsOn', code: 'before_start' });
  if (problems.length > 0) throw invalidInput(problems);
  const { now } = writeContext(deps, actor);
  const plan: TaskPlan = { id: deps.ids.newId(), districtCode: actor.districtCode, name: input.name.trim(), startsOn: input.startsOn, endsOn: input.endsOn, createdBy: actor.userId, createdAt: now.toISOString() };
  await deps.inTransaction((stores) => stores.taskLists.insertPlan(plan));
  return plan;
}

export interface AddTaskInput {
  readonly action: string;
  readonly title: string;
  readonly lead: { kind: string; code: string };
  readonly coResponsible: readonly { kind: string; code: string }[];
  readonly startsOn: CalendarDate;
  readonly deadline: CalendarDate;
  readonly milestones?: readonly { year: number; target: string }[] | undefined;
  readonly target: { description: string; value: number | null; unit: string; metric?: string | null | undefined };
}

export async function addPlanTask(deps: CoreDeps, actor: Actor, planId: string, input: AddTaskInput): Promise<PlanTask> {
  if (!isDistrictOffice(actor)) throw taskListRefused();
  const { now } = writeContext(deps, actor);
  return deps.inTransaction(async (stores) => {
    const plan = await stores.taskLists.findPlan(planId, actor.districtCode);
    if (!plan) throw taskPlanNotFound(planId);
    const problems: FieldProblem[] = [];
    if (!input.title.trim()) problems.push({ path: '/title', code: 'required' });
    if (!input.action.trim()) problems.push({ path: '/action', code: 'required' });
    if (!isOffice(input.lead) || (input.lead.kind === 'town' && !input.lead.code.startsWith(actor.districtCode))) problems.push({ path: '/lead', code: 'not_found' });
    input.coResponsible.forEach((office, index) => {
      if (!isOffice(office)) problems.push({ path: `/coResponsible/${index}`, code: 'not_found' });
    });
    if (!isCalendarDate(input.startsOn)) problems.push({ path: '/startsOn', code: 'format' });
    if (!isCalendarDate(input.deadline)) problems.push({ path: '/deadline', code: 'format' });
    else if (input.deadline < input.startsOn) problems.push({ path: '/deadline', code: 'before_start' });
    const metric = input.target.metric ?? null;
    if (metric !== null && !(TARGET_METRICS as readonly string[]).includes(metric)) problems.push({ path: '/target/metric', code: 'enum' });
    if (problems.length > 0) throw invalidInput(problems);
    const task: PlanTask = {
      id: deps.ids.newId(), districtCode: actor.districtCode, planId, action: input.action.trim(), title: input.title.trim(), lead: input.lead as OfficeRef,
      coResponsible: input.coResponsible as OfficeRef[], startsOn: input.startsOn, deadline: input.deadline, milestones: [...(input.milestones ?? [])],
      target: { description: input.target.description.trim(), value: input.target.value, unit: input.target.unit.trim(), metric: metric as TargetMetric | null }, completedAt: null, createdAt: now.toISOString(),
    };
    await stores.taskLists.insertTask(task);
    return task;
  });
}

export interface ReportProgressInput {
  readonly period: string;
  readonly text: string;
  readonly figure?: number | null | undefined;
  readonly evidencePhotoIds?: readonly string[] | undefined;
  readonly completes?: boolean | undefined;
}

/** A monthly progress report by one of the task's offices; one that completes the task marks it 已完成. */
export async function reportTaskProgress(deps: CoreDeps, actor: Actor, taskId: string, input: ReportProgressInput): Promise<TaskReport> {
  const { now } = writeContext(deps, actor);
  return deps.inTransaction(async (stores) => {
    const task = await stores.taskLists.findTask(taskId, actor.districtCode);
    if (!task || !isMine(actor, task)) throw planTaskNotFound(taskId);
    const problems: FieldProblem[] = [];
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.period) || input.period > shanghaiDate(now).slice(0, 7)) problems.push({ path: '/period', code: 'format' });
    if (!input.text.trim()) problems.push({ path: '/text', code: 'required' });
    if (problems.length > 0) throw invalidInput(problems);
    const report: TaskReport = {
      id: deps.ids.newId(), districtCode: actor.districtCode, taskId, period: input.period, text: input.text.trim(), figure: input.figure ?? null,
      evidencePhotoIds: [...(input.evidencePhotoIds ?? [])], completes: input.completes ?? false, reportedBy: actor.userId, reportedByName: actor.displayName, reportedAt: now.toISOString(),
    };
    await stores.taskLists.saveReport(report);
    if (report.completes) await stores.taskLists.completeTask(task.id, task.districtCode, report.reportedAt);
    return report;
  });
}

export interface TaskRow {
  readonly task: PlanTask;
  readonly status: TaskStatus;
  readonly missing: readonly string[];
  readonly lastReport: TaskReport | null;
  /** The live platform figure the target is linked to (null when none is linked or nothing to count). */
  readonly liveFigure: number | null;
}

/** The plan's table: every task (the district office) or the caller's own, by lead office, with status and missing months. */
export async function getTaskTable(deps: CoreDeps, actor: Actor, planId: string): Promise<{ plan: TaskPlan; rows: TaskRow[] }> {
  if (!['district', 'town', 'department'].includes(actor.role)) throw taskListRefused();
  const plan = await deps.taskLists.findPlan(planId, actor.districtCode);
  if (!plan) throw taskPlanNotFound(planId);
  const tasks = (await deps.taskLists.listTasks(planId, actor.districtCode)).filter((task) => isMine(actor, task));
  const reports = await deps.taskLists.listReports(tasks.map((task) => task.id), actor.districtCode);
  const today = shanghaiDate(deps.clock.now());
  const live = await liveFigures(deps, actor.districtCode, tasks);
  const rows = tasks.map((task) => {
    const own = reports.filter((report) => report.taskId === task.id).sort((a, b) => a.period.localeCompare(b.period));
    return { task, status: taskStatus(task, own, today), missing: missingReports(task, own, today), lastReport: own.at(-1) ?? null, liveFigure: live.get(task.id) ?? null };
  });
  return { plan, rows: rows.sort((a, b) => officeKey(a.task.lead).localeCompare(officeKey(b.task.lead))) };
}

export async function listTaskPlans(deps: CoreDeps, actor: Actor): Promise<TaskPlan[]> {
  if (!['district', 'town', 'department'].includes(actor.role)) throw taskListRefused();
  return deps.taskLists.listPlans(actor.districtCode);
}

export const taskExportUnavailable = () => new DomainError('rule_violation', 'task_list.export_unavailable', 'This server has no spreadsheet exporter.');

/** The plan's table as .xlsx for the meeting, with offices named by `officeName` (zh-CN, the meeting's language). */
export async function exportTaskTable(deps: CoreDeps, actor: Actor, planId: string, officeName: (office: OfficeRef) => string): Promise<{ plan: TaskPlan; bytes: Uint8Array }> {
  if (!deps.taskTableExporter) throw taskExportUnavailable();
  const { plan, rows } = await getTaskTable(deps, actor, planId);
  const statusName: Record<TaskStatus, string> = { on_track: '按期推进', behind: '滞后', done: '已完成' };
  const bytes = await deps.taskTableExporter.toXlsx(plan.name, rows.map(({ task, status, missing, lastReport, liveFigure }) => ({
    lead: officeName(task.lead), action: task.action, title: task.title, coResponsible: task.coResponsible.map(officeName).join('、'), deadline: task.deadline,
    target: `${task.target.description} ${task.target.value ?? ''}${task.target.unit}${liveFigure !== null ? `（平台当前 ${liveFigure}）` : ''}`.trim(), status: statusName[status], missing: missing.join('、'),
    lastReport: lastReport ? `${lastReport.period} ${lastReport.text}` : '—',
  })));
  return { plan, bytes };
}
