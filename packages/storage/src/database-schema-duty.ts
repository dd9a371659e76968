import type { JsonColumn, NullableTimestampColumn, TimestampColumn } from './database-schema.js';

/** 事故信息报送 (migration 20261208T0800). */
export interface IncidentsTable {
  id: string;
  districtCode: string;
  townCode: string;
  status: string;
  occurredAt: TimestampColumn;
  facts: JsonColumn;
  computedGrade: string;
  grade: string;
  gradeReason: string | null;
  steps: JsonColumn;
  lateReports: JsonColumn;
  createdBy: string;
  createdByName: string;
  createdAt: TimestampColumn;
  updatedAt: TimestampColumn;
  closedAt: NullableTimestampColumn;
  version: number;
}

export interface IncidentVersionsTable {
  incidentId: string;
  districtCode: string;
  number: number;
  kind: string;
  changed: JsonColumn;
  facts: JsonColumn;
  grade: string;
  note: string;
  step: string | null;
  afterCasualtyWindow: number;
  actorId: string;
  actorName: string;
  at: TimestampColumn;
}

/** The duty tables, merged into `Database`. */
export interface DutyDatabase {
  incidents: IncidentsTable;
  incidentVersions: IncidentVersionsTable;
  dutyShifts: DutyShiftsTable;
  dutyHandovers: DutyHandoversTable;
  warnings: WarningsTable;
  warningRecipients: WarningRecipientsTable;
  taskPlans: TaskPlansTable;
  planTasks: PlanTasksTable;
  taskReports: TaskReportsTable;
}

/** 值班表 (migration 20261208T0810). */
export interface DutyShiftsTable {
  id: string;
  districtCode: string;
  regionCode: string;
  date: string;
  kind: string;
  leader: JsonColumn;
  officer: JsonColumn;
  note: string;
  swaps: JsonColumn;
  updatedBy: string;
  updatedAt: TimestampColumn;
  version: number;
}

export interface DutyHandoversTable {
  id: string;
  districtCode: string;
  regionCode: string;
  writtenBy: string;
  writtenByName: string;
  writtenAt: TimestampColumn;
  openIncidents: JsonColumn;
  warnings: string;
  notes: string;
  acknowledgedBy: string | null;
  acknowledgedByName: string | null;
  acknowledgedAt: NullableTimestampColumn;
}

/** 预警 (migration 20261208T0820). */
export interface WarningsTable {
  id: string;
  districtCode: string;
  kind: string;
  colour: string;
  townCodes: JsonColumn;
  startsAt: TimestampColumn;
  endsAt: TimestampColumn;
  actions: string;
  addressees: JsonColumn;
  status: string;
  events: JsonColumn;
  remindedAt: NullableTimestampColumn;
  issuedBy: string;
  issuedByName: string;
  createdAt: TimestampColumn;
  version: number;
}

export interface WarningRecipientsTable {
  warningId: string;
  districtCode: string;
  userId: string;
  displayName: string;
  role: string;
  townCode: string;
  acknowledgedAt: NullableTimestampColumn;
}

/** 清单管理 (migration 20261208T0830). */
export interface TaskPlansTable {
  id: string;
  districtCode: string;
  name: string;
  startsOn: string;
  endsOn: string;
  createdBy: string;
  createdAt: TimestampColumn;
}

export interface PlanTasksTable {
  id: string;
  districtCode: string;
  planId: string;
  action: string;
  title: string;
  lead: JsonColumn;
  coResponsible: JsonColumn;
  startsOn: string;
  deadline: string;
  milestones: JsonColumn;
  target: JsonColumn;
  completedAt: NullableTimestampColumn;
  createdAt: TimestampColumn;
}

export interface TaskReportsTable {
  id: string;
  districtCode: string;
  taskId: string;
  period: string;
  text: string;
  figure: number | null;
  evidencePhotoIds: JsonColumn;
  completes: number;
  reportedBy: string;
  reportedByName: string;
  reportedAt: TimestampColumn;
}
