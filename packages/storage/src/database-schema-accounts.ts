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

// The optional second factor (ADR 0093).
/** A user's TOTP secret and the last accepted time step (ADR 0093). */
export interface TotpEnrolmentsTable {
  userId: string;
  districtCode: string;
  secret: string;
  status: string;
  createdAt: TimestampColumn;
  enabledAt: NullableTimestampColumn;
  lastUsedStep: number | null;
}

export interface RecoveryCodesTable {
  userId: string;
  codeHash: string;
  usedAt: NullableTimestampColumn;
}

export interface LoginChallengesTable {
  tokenHash: string;
  userId: string;
  username: string;
  createdAt: TimestampColumn;
  expiresAt: TimestampColumn;
}

export interface TwoFactorEventsTable {
  id: string;
  districtCode: string;
  userId: string;
  kind: string;
  at: TimestampColumn;
  actorUserId: string;
  actorUsername: string;
}

export interface TwoFactorPoliciesTable {
  districtCode: string;
  /** 1 or 0. */
  requiredForDistrictOffice: number;
  updatedBy: string;
  updatedAt: TimestampColumn;
}

export interface TwoFactorDatabase {
  totpEnrolments: TotpEnrolmentsTable;
  recoveryCodes: RecoveryCodesTable;
  loginChallenges: LoginChallengesTable;
  twoFactorEvents: TwoFactorEventsTable;
  twoFactorPolicies: TwoFactorPoliciesTable;
}
