import type { JsonColumn, TimestampColumn } from './database-schema.js';

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

/** Tables of issue 15's registry depth: sector duties. */
export interface DomainDatabase {
  sectorDuties: SectorDutiesTable;
}
