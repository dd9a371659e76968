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
}
