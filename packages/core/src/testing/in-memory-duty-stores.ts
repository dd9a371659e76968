import type { Incident, IncidentVersion } from '../incidents/incident.js';
import { isIncidentInScope } from '../incidents/incident-policy.js';
import type { IncidentStore } from '../incidents/incident-store.js';
import { DomainError } from '../shared/domain-error.js';
import type { DutyStore } from '../duty/duty-store.js';
import type { DutyHandover } from '../duty/handover.js';
import { SHIFT_KINDS, type DutyShift } from '../duty/roster.js';
import type { Warning, WarningRecipient } from '../warnings/warning.js';
import type { WarningStore } from '../warnings/warning-store.js';
import type { PlanTask, TaskPlan, TaskReport } from '../task-lists/task-list.js';
import type { TaskListStore } from '../task-lists/task-list-store.js';

export interface MemoryDutyTables {
  incidents: Map<string, Incident>;
  incidentVersions: IncidentVersion[];
  dutyShifts: Map<string, DutyShift>;
  dutyHandovers: Map<string, DutyHandover>;
  warnings: Map<string, Warning>;
  warningRecipients: WarningRecipient[];
  taskPlans: Map<string, TaskPlan>;
  planTasks: Map<string, PlanTask>;
  taskReports: TaskReport[];
}

export function createMemoryDutyTables(): MemoryDutyTables {
  return { incidents: new Map(), incidentVersions: [], dutyShifts: new Map(), dutyHandovers: new Map(), warnings: new Map(), warningRecipients: [], taskPlans: new Map(), planTasks: new Map(), taskReports: [] };
}

const duplicate = () => new DomainError('conflict', 'storage.duplicate', 'A record with the same key already exists.');

/** The incident store over plain maps, with the scope rule of incident-policy.ts. */
export function createMemoryIncidentStore(tables: MemoryDutyTables): IncidentStore {
  const visible = (scope: Parameters<IncidentStore['list']>[0]) => [...tables.incidents.values()].filter((incident) => isIncidentInScope(scope, incident));
  return {
    findById: async (id, scope) => {
      const incident = tables.incidents.get(id);
      return incident && isIncidentInScope(scope, incident) ? incident : undefined;
    },
    insert: async (incident) => {
      if (tables.incidents.has(incident.id)) throw duplicate();
      tables.incidents.set(incident.id, incident);
    },
    update: async (incident, expectedVersion) => {
      const stored = tables.incidents.get(incident.id);
      if (stored?.districtCode !== incident.districtCode || stored.version !== expectedVersion) return false;
      tables.incidents.set(incident.id, incident);
      return true;
    },
    list: async (scope, filter, page) => {
      const rows = visible(scope)
        .filter((incident) => (filter.status === undefined || incident.status === filter.status) && (!page.cursor || incident.id < page.cursor))
        .sort((a, b) => (a.id < b.id ? 1 : -1));
      const items = rows.slice(0, page.limit);
      return { items, nextCursor: rows.length > page.limit ? (items[items.length - 1]?.id ?? null) : null };
    },
    listOpen: async (scope) =>
      visible(scope).filter((incident) => incident.status === 'open')
        .sort((a, b) => a.facts.occurredAt.localeCompare(b.facts.occurredAt) || a.id.localeCompare(b.id)),
    appendVersion: async (version) => {
      if (tables.incidentVersions.some((row) => row.incidentId === version.incidentId && row.districtCode === version.districtCode && row.number === version.number)) throw duplicate();
      tables.incidentVersions.push(version);
    },
    listVersions: async (incidentId, districtCode) =>
      tables.incidentVersions.filter((row) => row.incidentId === incidentId && row.districtCode === districtCode).sort((a, b) => a.number - b.number),
  };
}

/** The roster store over plain maps: shifts unique per district, region, date and kind. */
export function createMemoryDutyStore(tables: MemoryDutyTables): DutyStore {
  const key = (shift: Pick<DutyShift, 'districtCode' | 'regionCode' | 'date' | 'kind'>) => `${shift.districtCode}|${shift.regionCode}|${shift.date}|${shift.kind}`;
  const shifts = () => [...tables.dutyShifts.values()];
  return {
    listShifts: async (districtCode, regionCodes, from, to) =>
      shifts().filter((shift) => shift.districtCode === districtCode && (regionCodes === undefined || regionCodes.includes(shift.regionCode)) && shift.date >= from && shift.date <= to)
        .sort((a, b) => a.date.localeCompare(b.date) || SHIFT_KINDS.indexOf(a.kind) - SHIFT_KINDS.indexOf(b.kind) || a.regionCode.localeCompare(b.regionCode)),
    findShift: async (id, districtCode) => shifts().find((shift) => shift.id === id && shift.districtCode === districtCode),
    findShiftAt: async (districtCode, regionCode, date, kind) => shifts().find((shift) => key(shift) === key({ districtCode, regionCode, date, kind })),
    insertShift: async (shift) => {
      if (tables.dutyShifts.has(shift.id) || shifts().some((other) => key(other) === key(shift))) throw duplicate();
      tables.dutyShifts.set(shift.id, shift);
    },
    updateShift: async (shift, expectedVersion) => {
      const stored = tables.dutyShifts.get(shift.id);
      if (stored?.districtCode !== shift.districtCode || stored.version !== expectedVersion) return false;
      tables.dutyShifts.set(shift.id, shift);
      return true;
    },
    deleteShift: async (id, districtCode) => {
      if (tables.dutyShifts.get(id)?.districtCode === districtCode) tables.dutyShifts.delete(id);
    },
    insertHandover: async (handover) => {
      if (tables.dutyHandovers.has(handover.id)) throw duplicate();
      tables.dutyHandovers.set(handover.id, handover);
    },
    findHandover: async (id, districtCode) => {
      const handover = tables.dutyHandovers.get(id);
      return handover?.districtCode === districtCode ? handover : undefined;
    },
    acknowledgeHandover: async (handover) => {
      const stored = tables.dutyHandovers.get(handover.id);
      if (stored?.districtCode !== handover.districtCode || stored.acknowledgedAt !== null) return false;
      tables.dutyHandovers.set(handover.id, handover);
      return true;
    },
    listHandovers: async (districtCode, regionCode, limit) =>
      [...tables.dutyHandovers.values()].filter((handover) => handover.districtCode === districtCode && handover.regionCode === regionCode)
        .sort((a, b) => b.writtenAt.localeCompare(a.writtenAt) || b.id.localeCompare(a.id)).slice(0, limit),
  };
}

/** The warning store over plain maps: recipients unique per warning and account. */
export function createMemoryWarningStore(tables: MemoryDutyTables): WarningStore {
  const recipientsOf = (warningId: string, districtCode: string) => tables.warningRecipients.filter((row) => row.warningId === warningId && row.districtCode === districtCode);
  const byNewest = (a: Warning, b: Warning) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
  return {
    findById: async (id, districtCode) => {
      const warning = tables.warnings.get(id);
      return warning?.districtCode === districtCode ? warning : undefined;
    },
    insert: async (warning, recipients) => {
      if (tables.warnings.has(warning.id)) throw duplicate();
      tables.warnings.set(warning.id, warning);
      tables.warningRecipients.push(...recipients);
    },
    update: async (warning, expectedVersion) => {
      const stored = tables.warnings.get(warning.id);
      if (stored?.districtCode !== warning.districtCode || stored.version !== expectedVersion) return false;
      tables.warnings.set(warning.id, warning);
      return true;
    },
    list: async (districtCode, limit) => [...tables.warnings.values()].filter((warning) => warning.districtCode === districtCode).sort(byNewest).slice(0, limit),
    listRecipients: async (warningId, districtCode) => recipientsOf(warningId, districtCode).sort((a, b) => a.townCode.localeCompare(b.townCode) || a.userId.localeCompare(b.userId)),
    listForRecipient: async (userId, districtCode, limit) =>
      tables.warningRecipients.filter((row) => row.userId === userId && row.districtCode === districtCode)
        .flatMap((recipient) => {
          const warning = tables.warnings.get(recipient.warningId);
          return warning?.districtCode === districtCode ? [{ warning, recipient }] : [];
        })
        .sort((a, b) => byNewest(a.warning, b.warning)).slice(0, limit),
    acknowledge: async (warningId, districtCode, userId, at) => {
      const index = tables.warningRecipients.findIndex((row) => row.warningId === warningId && row.districtCode === districtCode && row.userId === userId);
      const row = tables.warningRecipients[index];
      if (!row || row.acknowledgedAt !== null) return false;
      tables.warningRecipients[index] = { ...row, acknowledgedAt: at };
      return true;
    },
  };
}

/** The task-list store over plain maps: one report per task and month. */
export function createMemoryTaskListStore(tables: MemoryDutyTables): TaskListStore {
  return {
    insertPlan: async (plan) => {
      if (tables.taskPlans.has(plan.id)) throw duplicate();
      tables.taskPlans.set(plan.id, plan);
    },
    findPlan: async (id, districtCode) => {
      const plan = tables.taskPlans.get(id);
      return plan?.districtCode === districtCode ? plan : undefined;
    },
    listPlans: async (districtCode) => [...tables.taskPlans.values()].filter((plan) => plan.districtCode === districtCode).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)),
    insertTask: async (task) => {
      if (tables.planTasks.has(task.id)) throw duplicate();
      tables.planTasks.set(task.id, task);
    },
    findTask: async (id, districtCode) => {
      const task = tables.planTasks.get(id);
      return task?.districtCode === districtCode ? task : undefined;
    },
    completeTask: async (id, districtCode, at) => {
      const task = tables.planTasks.get(id);
      if (task?.districtCode !== districtCode || task.completedAt !== null) return false;
      tables.planTasks.set(id, { ...task, completedAt: at });
      return true;
    },
    listTasks: async (planId, districtCode) => [...tables.planTasks.values()].filter((task) => task.planId === planId && task.districtCode === districtCode).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    saveReport: async (report) => {
      const index = tables.taskReports.findIndex((row) => row.taskId === report.taskId && row.districtCode === report.districtCode && row.period === report.period);
      if (index >= 0) tables.taskReports[index] = { ...report, id: tables.taskReports[index]?.id ?? report.id };
      else tables.taskReports.push(report);
    },
    listReports: async (taskIds, districtCode) => tables.taskReports.filter((row) => row.districtCode === districtCode && taskIds.includes(row.taskId)).sort((a, b) => a.period.localeCompare(b.period) || a.taskId.localeCompare(b.taskId)),
  };
}
