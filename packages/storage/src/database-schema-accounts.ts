// Log-in guard tables (ADR 0059), apart from database-schema.ts to keep each file readable.
import type { NullableTimestampColumn, TimestampColumn } from './database-schema.js';

export interface LoginAttemptsTable {
  key: string;
  windowStart: TimestampColumn;
  attempts: number;
}

export interface LoginFailuresTable {
  username: string;
  failedCount: number;
  lastFailedAt: TimestampColumn;
  lockedUntil: NullableTimestampColumn;
}

export interface AccountLockEventsTable {
  id: string;
  districtCode: string;
  userId: string;
  kind: string;
  at: TimestampColumn;
  lockedUntil: NullableTimestampColumn;
  actorUserId: string | null;
  actorUsername: string | null;
}
