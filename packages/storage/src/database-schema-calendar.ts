import type { NullableTimestampColumn, TimestampColumn } from './database-schema.js';

/** Tables of the working calendar, automatic 督办 and 挂牌督办 (ADR 0063). */
export interface CalendarNationalDaysTable {
  date: string;
  /** 1 working, 0 not. */
  working: number;
  name: string;
}

export interface CalendarDistrictDaysTable {
  districtCode: string;
  date: string;
  working: number;
  name: string;
  updatedBy: string;
  updatedAt: TimestampColumn;
}

export interface HazardNoticeStepsTable {
  districtCode: string;
  hazardId: string;
  step: string;
  deadline: string;
  takenAt: TimestampColumn;
}

export interface HazardSupervisionsTable {
  districtCode: string;
  hazardId: string;
  supervisingDepartment: string;
  requiredBy: string;
  listedBy: string;
  listedByName: string;
  listedAt: TimestampColumn;
  delistedBy: string | null;
  delistedByName: string | null;
  delistedAt: NullableTimestampColumn;
}

/** The working-day calendar, 督办 steps and 挂牌督办 (ADR 0063). */
export interface CalendarDatabase {
  calendarNationalDays: CalendarNationalDaysTable;
  calendarDistrictDays: CalendarDistrictDaysTable;
  hazardNoticeSteps: HazardNoticeStepsTable;
  hazardSupervisions: HazardSupervisionsTable;
}
