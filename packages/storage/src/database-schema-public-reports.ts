// Public report tables (ADR 0074), apart from database-schema.ts to keep each file readable.
import type { JsonColumn, NullableTimestampColumn, TimestampColumn } from './database-schema.js';

export interface PublicReportsTable {
  id: string;
  districtCode: string;
  hazardId: string;
  reportedHazardId: string | null;
  codeHash: string;
  channel: string;
  clientName: string | null;
  category: string;
  description: string;
  photoIds: JsonColumn;
  reporterName: string | null;
  reporterPhone: string | null;
  createdAt: TimestampColumn;
}

export interface HazardMergesTable {
  districtCode: string;
  duplicateId: string;
  originalId: string;
  mergedAt: TimestampColumn;
}

export interface PublicReportAttemptsTable {
  key: string;
  windowStart: TimestampColumn;
  attempts: number;
}

export interface ApiKeysTable {
  id: string;
  districtCode: string;
  name: string;
  keyHash: string;
  prefix: string;
  requestsPerHour: number;
  createdAt: TimestampColumn;
  createdBy: string;
  revokedAt: NullableTimestampColumn;
  lastUsedAt: NullableTimestampColumn;
  /** JSON list of scopes (ADR 0089). */
  scopes: string;
}

/** 群众举报, merges of duplicates, abuse counters and Open311 API keys (ADRs 0074, 0075). */
export interface PublicReportDatabase {
  publicReports: PublicReportsTable;
  hazardMerges: HazardMergesTable;
  publicReportAttempts: PublicReportAttemptsTable;
  apiKeys: ApiKeysTable;
}
