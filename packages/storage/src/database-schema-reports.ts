import type { TimestampColumn } from './database-schema.js';

/** A generated 通报 (ADR 0083): immutable, with both files and their SHA-256. */
export interface LeadershipReportsTable {
  districtCode: string;
  id: string;
  regionCode: string;
  regionName: string;
  kind: string;
  periodKey: string;
  firstDay: string;
  lastDay: string;
  trigger: string;
  pdf: Uint8Array;
  pdfSize: number;
  pdfSha256: string;
  xlsx: Uint8Array;
  xlsxSize: number;
  xlsxSha256: string;
  generatedBy: string | null;
  generatedByName: string;
  generatedAt: TimestampColumn;
}

export interface ReportDatabase {
  leadershipReports: LeadershipReportsTable;
}
