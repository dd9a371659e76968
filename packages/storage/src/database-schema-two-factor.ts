import type { TimestampColumn } from './database-schema.js';

/** A user's TOTP secret and the last accepted time step (ADR 0093). */
export interface TotpEnrolmentsTable {
  userId: string;
  districtCode: string;
  secret: string;
  status: string;
  createdAt: TimestampColumn;
  enabledAt: TimestampColumn | null;
  lastUsedStep: number | null;
}

export interface RecoveryCodesTable {
  userId: string;
  codeHash: string;
  usedAt: TimestampColumn | null;
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
