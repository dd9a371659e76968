import { addPlanTask, createTaskPlan, exportTaskTable, getTaskTable, listTaskPlans, reportTaskProgress, type Actor, type OfficeRef, type TaskPlan, type TaskRow } from '@safegrid/core';
import { AddPlanTaskBody, CreateTaskPlanBody, IdParams, Problem, ReportTaskProgressBody, TaskPlanResponse, TaskTableResponse } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
// Names of the departments for the table and the export (zh-CN: the meeting's language).
const DEPARTMENT_NAMES: Readonly<Record<string, string>> = {
  emergency: '应急管理局', housing: '住房和城乡建设局', fire: '消防救援大队', market: '市场监督管理局', transport: '交通运输局',
  public_security: '公安分局', education: '教育局', health: '卫生健康局', civil_affairs: '民政局', commerce: '商务局',
};

const presentPlan = (plan: TaskPlan) => ({ id: plan.id, name: plan.name, startsOn: plan.startsOn, endsOn: plan.endsOn, createdAt: plan.createdAt });

/** 清单管理 (ADR 0077): transport only; rules live in core's task-lists. */
export async function taskListRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const table = async (actor: Actor, planId: string) => {
    const names = await deps.regions.regionNames(actor.districtCode);
    const office = (ref: OfficeRef) => ({ kind: ref.kind, code: ref.code, name: ref.kind === 'town' ? (names.get(ref.code) ?? ref.code) : (DEPARTMENT_NAMES[ref.code] ?? ref.code) });
    const { plan, rows } = await getTaskTable(deps, actor, planId);
    const present = ({ task, status, missing, lastReport, liveFigure }: TaskRow) => ({
      id: task.id, action: task.action, title: task.title, lead: office(task.lead), coResponsible: task.coResponsible.map(office), startsOn: task.startsOn, deadline: task.deadline,
      milestones: task.milestones.map((milestone) => ({ ...milestone })), target: { ...task.target, metric: task.target.metric ?? null }, liveFigure, status, missing: [...missing], completedAt: task.completedAt,
      lastReport: lastReport ? { period: lastReport.period, text: lastReport.text, figure: lastReport.figure, reportedByName: lastReport.reportedByName, reportedAt: lastReport.reportedAt } : null,
    });
    return { plan: presentPlan(plan), rows: rows.map(present) };
  };

  app.get('/task-lists', {
    config: { access: 'task_list.read' },
    schema: { tags: ['task-lists'], summary: 'The district’s plans (清单)', response: { 200: Type.Array(TaskPlanResponse), 403: Problem } },
  }, async (request) => (await listTaskPlans(deps, requireActor(request))).map(presentPlan));

  app.post('/task-lists', {
    config: { access: 'task_list.manage' },
    schema: { tags: ['task-lists'], summary: 'Enter a plan', body: CreateTaskPlanBody, response: { 201: TaskPlanResponse, ...errors } },
  }, async (request, reply) => reply.status(201).send(presentPlan(await createTaskPlan(deps, requireActor(request), request.body))));

  app.get('/task-lists/:id', {
    config: { access: 'task_list.read' },
    schema: { tags: ['task-lists'], summary: 'The plan’s table: every task (yours, for a town or department) with status and missing monthly reports', params: IdParams, response: { 200: TaskTableResponse, 403: Problem, 404: Problem } },
  }, async (request) => table(requireActor(request), request.params.id));

  app.get('/task-lists/:id/export', {
    config: { access: 'task_list.read' },
    schema: { tags: ['task-lists'], summary: 'The plan’s table as .xlsx for the meeting', params: IdParams, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const names = await deps.regions.regionNames(actor.districtCode);
    const { plan, bytes } = await exportTaskTable(deps, actor, request.params.id, (ref) => (ref.kind === 'town' ? (names.get(ref.code) ?? ref.code) : (DEPARTMENT_NAMES[ref.code] ?? ref.code)));
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="task-list.xlsx"; filename*=UTF-8''${encodeURIComponent(`${plan.name}.xlsx`)}`)
      .send(Buffer.from(bytes));
  });

  app.post('/task-lists/:id/tasks', {
    config: { access: 'task_list.manage' },
    schema: { tags: ['task-lists'], summary: 'Add a task to a plan', params: IdParams, body: AddPlanTaskBody, response: { 201: TaskTableResponse, ...errors } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    await addPlanTask(deps, actor, request.params.id, request.body);
    return reply.status(201).send(await table(actor, request.params.id));
  });

  app.post('/task-lists/tasks/:id/reports', {
    config: { access: 'task_list.read' },
    schema: { tags: ['task-lists'], summary: 'A monthly progress report by one of the task’s offices (one per month; a later one replaces it)', params: IdParams, body: ReportTaskProgressBody, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    await reportTaskProgress(deps, requireActor(request), request.params.id, request.body);
    return reply.status(204).send(null);
  });
}
