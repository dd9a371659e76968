import type { JsonColumn, NullableJsonColumn, NullableTimestampColumn, TimestampColumn } from './database-schema.js';

/** 三管三必须: a district's lead and co-responsible departments per sector (migration 20261209T0400, ADR 0085). */
export interface SectorDutiesTable {
  /** `${districtCode}:${sector}`: one key column for the audit trail. */
  id: string;
  districtCode: string;
  sector: string;
  leadDepartment: string;
  coDepartments: JsonColumn;
  updatedBy: string;
  updatedAt: TimestampColumn;
}

/** 设备台账: equipment of units, elevators first (migration 20261209T0410, ADR 0086). */
export interface EquipmentTable {
  id: string;
  districtCode: string;
  unitId: string;
  type: string;
  registrationCode: string;
  location: string;
  maintenanceCompany: string | null;
  commissionedOn: string | null;
  lastInspectionDate: string | null;
  nextInspectionDate: string | null;
  createdAt: TimestampColumn;
  updatedAt: TimestampColumn;
  version: number;
}

/** 涉粉企业常态监管: one row per dust unit (migration 20261209T0420, ADR 0086). */
export interface DustSupervisionTable {
  unitId: string;
  districtCode: string;
  officerName: string | null;
  officerPhone: string | null;
  certificateNo: string | null;
  trainedOn: string | null;
  retrofitState: string;
  retrofitDate: string | null;
  retrofitPhotoId: string | null;
  updatedBy: string;
  updatedAt: TimestampColumn;
}

/** A 台账导入 run committed as a job (ADR 0098). */
export interface UnitImportsTable {
  districtCode: string;
  id: string;
  jobId: string;
  requestedBy: string;
  fileName: string;
  onExisting: string;
  /** JSON: heading → field or ignore. */
  mapping: JsonColumn;
  totalRows: number;
  /** JSON text of the sheet; null once the run finished. */
  sheet: string | null;
  /** JSON: the outcome; null while the run waits or runs. */
  outcome: NullableJsonColumn;
  createdAt: TimestampColumn;
  finishedAt: NullableTimestampColumn;
}

/** Tables of issue 15's registry depth (sector duties, equipment, dust supervision) and issue 13's import runs. */
export interface DomainDatabase {
  sectorDuties: SectorDutiesTable;
  equipment: EquipmentTable;
  dustSupervision: DustSupervisionTable;
  unitImports: UnitImportsTable;
}

/** `users.department`: 所属部门 of a department account, null for other roles (ADR 0100). */
export interface UserDepartmentColumn {
  department: string | null;
}
