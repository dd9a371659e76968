import { DomainError } from '../shared/domain-error.js';

/**
 * The optional second factor (issue 16, ADR 0093): a time-based one-time password (TOTP, RFC 6238)
 * from an authenticator app, plus ten one-time recovery codes for a lost phone.
 */

/** The TOTP algorithm and the random parts of enrolment (the `otpauth` library in production). */
export interface TotpAlgorithm {
  /** A new random shared secret, base32 as authenticator apps take it. */
  newSecret(): string;
  /** The otpauth:// URI an authenticator app scans (issuer SafeGrid, the account's name). */
  keyUri(secret: string, accountName: string): string;
  /**
   * The 30-second time step whose 6-digit code `code` is, looking one step either side of `now`;
   * null when it matches none of them.
   */
  matchStep(secret: string, code: string, now: Date): number | null;
  /** A new random recovery code, as shown to the user once. */
  newRecoveryCode(): string;
}

/**
 * Seals secrets at rest under the server's key (ADR 0104: AES-256-GCM in production). `open` of a
 * value sealed under another key, or tampered with, throws `secretUnreadable()`; `isSealed` tells a
 * sealed value from a plain secret written before sealing existed.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
  isSealed(value: string): boolean;
}

/** The stored secret cannot be opened with this server's key (the key changed, or the row was altered). */
export function secretUnreadable(): DomainError {
  return new DomainError('conflict', 'two_factor.secret_unreadable', "The stored second-factor secret cannot be read with this server's key.");
}

export const TOTP_ISSUER = 'SafeGrid';
export const RECOVERY_CODE_COUNT = 10;
/** How long the second step of a log-in waits for its code after the password was right. */
export const SECOND_FACTOR_CHALLENGE_MINUTES = 5;

export const TOTP_STATUSES = ['pending', 'enabled'] as const;
export type TotpStatus = (typeof TOTP_STATUSES)[number];

/**
 * A user's TOTP: `pending` from enrolment until a first code confirms it, then `enabled`. The secret
 * is read only to check codes; no API returns it after enrolment.
 */
export interface TotpEnrolment {
  readonly userId: string;
  readonly districtCode: string;
  /** Sealed by the SecretBox (ADR 0104); only rows from before sealing hold it plain. */
  readonly secret: string;
  readonly status: TotpStatus;
  readonly createdAt: string;
  readonly enabledAt: string | null;
  /** The last time step whose code was accepted: a code of it or an earlier step is refused (replay). */
  readonly lastUsedStep: number | null;
}

/** The second step of a log-in: a correct password waiting for its code; no session exists yet. */
export interface LoginChallenge {
  readonly tokenHash: string;
  readonly userId: string;
  readonly username: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export const TWO_FACTOR_EVENT_KINDS = ['enabled', 'disabled', 'reset'] as const;
export type TwoFactorEventKind = (typeof TWO_FACTOR_EVENT_KINDS)[number];

/** Who turned a second factor on or off, and when (audited, like the lock events). */
export interface TwoFactorEvent {
  readonly id: string;
  readonly districtCode: string;
  readonly userId: string;
  readonly kind: TwoFactorEventKind;
  readonly at: string;
  readonly actorUserId: string;
  readonly actorUsername: string;
}

/** A district's rule: whether district-office accounts must use a second factor. */
export interface TwoFactorPolicy {
  readonly requiredForDistrictOffice: boolean;
}

export const DEFAULT_TWO_FACTOR_POLICY: TwoFactorPolicy = { requiredForDistrictOffice: false };

export interface StoredTwoFactorPolicy extends TwoFactorPolicy {
  readonly districtCode: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface TwoFactorStore {
  find(userId: string): Promise<TotpEnrolment | undefined>;
  /** Inserts or replaces the user's enrolment (keeps its recovery codes). */
  save(enrolment: TotpEnrolment): Promise<void>;
  /** Removes the enrolment and its recovery codes. */
  remove(userId: string): Promise<void>;
  /**
   * Records `step` as used when it is later than the last used step and answers true; answers false
   * when that step or a later one was used already. Atomic across processes.
   */
  useStep(userId: string, step: number): Promise<boolean>;
  /** The user's recovery codes become exactly these (SHA-256 of each code), none used. */
  replaceRecoveryCodes(userId: string, codeHashes: readonly string[]): Promise<void>;
  /** Marks the unused code with this hash as used and answers true; false when there is none. Atomic. */
  useRecoveryCode(userId: string, codeHash: string, at: string): Promise<boolean>;
  countUnusedRecoveryCodes(userId: string): Promise<number>;
  insertChallenge(challenge: LoginChallenge): Promise<void>;
  findChallenge(tokenHash: string): Promise<LoginChallenge | undefined>;
  deleteChallenge(tokenHash: string): Promise<void>;
  /** Drops challenges that expired before `now`. */
  deleteExpiredChallenges(now: string): Promise<void>;
  appendEvent(event: TwoFactorEvent): Promise<void>;
  listEvents(userId: string): Promise<TwoFactorEvent[]>;
  findPolicy(districtCode: string): Promise<StoredTwoFactorPolicy | undefined>;
  savePolicy(policy: StoredTwoFactorPolicy): Promise<void>;
  /** Every enrolment's user and stored secret (few rows: accounts with a second factor). */
  listSecrets(): Promise<{ userId: string; secret: string }[]>;
  /** Replaces the secret when it is still `from`; answers whether it did. Atomic across processes. */
  replaceSecret(userId: string, from: string, to: string): Promise<boolean>;
}

/** A recovery code as typed: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/** Six digits (spaces ignored) are a TOTP code; anything else is tried as a recovery code. */
export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}
