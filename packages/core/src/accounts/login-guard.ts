import type { User } from './user.js';

/**
 * How hard the log-in is to guess at: attempts per minute per client address and per username
 * (held in the database, so several API processes share them), and the lockout of an account after
 * consecutive wrong passwords.
 */
export interface LoginSettings {
  readonly attemptsPerMinute: number;
  /** Consecutive failed passwords after which an account is locked. */
  readonly lockoutFailures: number;
  readonly lockoutMinutes: number;
}

export const DEFAULT_LOGIN_SETTINGS: LoginSettings = { attemptsPerMinute: 10, lockoutFailures: 5, lockoutMinutes: 15 };

/**
 * Consecutive failed log-ins under one username. Kept for any username tried, known or not, so an
 * unknown name is refused exactly like a real account (no way to learn which names exist).
 */
export interface LoginFailures {
  readonly username: string;
  readonly failedCount: number;
  readonly lastFailedAt: string;
  readonly lockedUntil: string | null;
}

/** Who locked or unlocked an account, and when: the lockout's own history. */
export interface AccountLockEvent {
  readonly id: string;
  readonly districtCode: string;
  readonly userId: string;
  readonly kind: 'locked' | 'unlocked';
  readonly at: string;
  /** Locked: the end of the lock. Unlocked: the end it had. */
  readonly lockedUntil: string | null;
  /** Null when the system locked the account after failed passwords. */
  readonly actorUserId: string | null;
  readonly actorUsername: string | null;
}

export interface LockedAccount {
  readonly user: User;
  readonly lockedUntil: string;
}

export interface LoginGuardStore {
  /**
   * Counts one attempt under `key` in the fixed window that starts at `windowStart` and returns the
   * attempts in that window so far, this one included. The first attempt of a key in a window also
   * drops every window that started before `forgetBefore`. Atomic across processes.
   */
  countAttempt(key: string, windowStart: string, forgetBefore: string): Promise<number>;
  findFailures(username: string): Promise<LoginFailures | undefined>;
  /**
   * Adds one failure and returns the consecutive count; a failure after `restartBefore` counts as
   * the first again (old mistakes are forgotten).
   */
  addFailure(username: string, at: string, restartBefore: string): Promise<number>;
  /** Locks the username until `lockedUntil` and starts its count again. */
  lock(username: string, lockedUntil: string): Promise<void>;
  clearFailures(username: string): Promise<void>;
  appendLockEvent(event: AccountLockEvent): Promise<void>;
  listLockEvents(userId: string): Promise<AccountLockEvent[]>;
  /** Accounts of the district locked at `now`, by username. */
  listLocked(districtCode: string, now: string): Promise<LockedAccount[]>;
}
