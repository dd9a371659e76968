import { followedSectorsOf, sectorDutyTable } from '../sector-duties/sector-duties.js';
import type { CoreDeps } from '../deps.js';
import { DomainError } from '../shared/domain-error.js';
import { actorOf, type Actor } from './actor.js';
import { DEFAULT_LOGIN_SETTINGS, type LoginSettings } from './login-guard.js';
import { acceptSecondFactorCode, mustEnrolTwoFactor } from './manage-two-factor.js';
import { SECOND_FACTOR_CHALLENGE_MINUTES } from './two-factor.js';
import type { User, UserCredentials } from './user.js';
import type { Sector } from '../units/unit-catalog.js';

export interface LogInResult {
  readonly token: string;
  readonly user: User;
  readonly expiresAt: string;
  /** The district requires a second factor of this account and it has none: the session may only enrol one. */
  readonly mustEnrolTwoFactor?: boolean;
  /** A department account: the sectors it co-follows under the district's 三管三必须 table (as `authenticate` gives). */
  readonly followedSectors?: readonly Sector[];
}

export interface LogInInput {
  readonly username: string;
  readonly password: string;
  /** The client's address as the transport sees it (behind a trusted proxy: the forwarded one). */
  readonly clientIp?: string;
}

/**
 * The password was right and the account has a second factor: no session yet, only a short-lived
 * challenge that `completeSecondFactor` exchanges for one with a current code (ADR 0093).
 */
export interface PendingSecondFactor {
  readonly challenge: string;
  readonly expiresAt: string;
}

export type LogInOutcome = LogInResult | PendingSecondFactor;

export function isPendingSecondFactor(outcome: LogInOutcome): outcome is PendingSecondFactor {
  return 'challenge' in outcome;
}

export interface SecondFactorInput {
  readonly challenge: string;
  /** The authenticator's 6-digit code, or one of the recovery codes. */
  readonly code: string;
  readonly clientIp?: string;
}

const MINUTE = 60_000;
/** A failure this long after the previous one starts the count again. */
const FAILURES_FORGOTTEN_AFTER_MS = 24 * 60 * MINUTE;

/**
 * Checks a username and password and opens a session. Returns null for a wrong password, an unknown
 * username or a disabled account alike, so callers cannot tell them apart.
 *
 * Before that: at most `attemptsPerMinute` attempts per client address and per username in each
 * minute (`auth.too_many_attempts`), counted in the database so they hold across API processes.
 * After `lockoutFailures` consecutive failures the username is locked for `lockoutMinutes`
 * (`auth.account_locked`, with its end) — unknown usernames too, so the lock tells nothing about
 * which names exist. A successful log-in clears the count; the district office may unlock early.
 */
export async function logIn(deps: CoreDeps, input: LogInInput): Promise<LogInOutcome | null> {
  const settings = deps.loginSettings ?? DEFAULT_LOGIN_SETTINGS;
  const username = input.username.trim();
  const now = deps.clock.now();
  const at = now.toISOString();
  await takeAttempt(deps, now, settings.attemptsPerMinute, [`user:${username}`, ...(input.clientIp ? [`ip:${input.clientIp}`] : [])]);

  const failures = await deps.logins.findFailures(username);
  if (failures?.lockedUntil && failures.lockedUntil > at) throw accountLocked(failures.lockedUntil);

  const credentials = await deps.users.findCredentials(username);
  const matches = await deps.passwords.verify(input.password, credentials?.passwordHash ?? null);
  if (!credentials || !matches || credentials.user.status !== 'active') {
    await recordFailure(deps, settings, username, credentials, now);
    return null;
  }

  // A second factor: the failure count stays until the code is right, so wrong codes lock the account too.
  const enrolment = await deps.twoFactor.find(credentials.user.id);
  if (enrolment?.status === 'enabled') {
    const challenge = deps.tokens.newToken();
    const expiresAt = new Date(now.getTime() + SECOND_FACTOR_CHALLENGE_MINUTES * MINUTE).toISOString();
    await deps.inTransaction(async (stores) => {
      await stores.twoFactor.deleteExpiredChallenges(at);
      await stores.twoFactor.insertChallenge({ tokenHash: deps.tokens.hashToken(challenge), userId: credentials.user.id, username, createdAt: at, expiresAt });
    });
    return { challenge, expiresAt };
  }

  return openSession(deps, credentials.user, username, failures !== undefined, now);
}

/**
 * The second step of a log-in: exchanges the challenge and a current code (or a recovery code) for
 * a session. Refused when the challenge is unknown or expired (`expired`) or the code is wrong
 * (`wrong_code`); the attempt counts against the same per-minute limits and lockout as passwords,
 * and a lock ends the challenge. A code once accepted cannot be used again (replay).
 */
export async function completeSecondFactor(deps: CoreDeps, input: SecondFactorInput): Promise<LogInResult | 'expired' | 'wrong_code'> {
  const settings = deps.loginSettings ?? DEFAULT_LOGIN_SETTINGS;
  const now = deps.clock.now();
  const at = now.toISOString();
  const tokenHash = deps.tokens.hashToken(input.challenge);
  const challenge = await deps.twoFactor.findChallenge(tokenHash);
  if (!challenge || challenge.expiresAt <= at) return 'expired';
  const username = challenge.username;
  await takeAttempt(deps, now, settings.attemptsPerMinute, [`user:${username}`, ...(input.clientIp ? [`ip:${input.clientIp}`] : [])]);

  const failures = await deps.logins.findFailures(username);
  if (failures?.lockedUntil && failures.lockedUntil > at) {
    await deps.inTransaction((stores) => stores.twoFactor.deleteChallenge(tokenHash));
    throw accountLocked(failures.lockedUntil);
  }
  const user = await deps.users.findById(challenge.userId);
  if (!user || user.status !== 'active') return 'expired';

  const accepted = await deps.inTransaction(async (stores) => {
    const enrolment = await stores.twoFactor.find(user.id);
    return enrolment?.status === 'enabled' && (await acceptSecondFactorCode(stores, deps, enrolment, input.code, now));
  });
  if (!accepted) {
    try {
      await recordFailure(deps, settings, username, { user }, now);
    } catch (error) {
      await deps.inTransaction((stores) => stores.twoFactor.deleteChallenge(tokenHash));
      throw error;
    }
    return 'wrong_code';
  }
  return openSession(deps, user, username, failures !== undefined, now, tokenHash);
}

async function openSession(deps: CoreDeps, user: User, username: string, hadFailures: boolean, now: Date, challengeHash?: string): Promise<LogInResult> {
  const token = deps.tokens.newToken();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + deps.limits.sessionHours * 3_600_000).toISOString();
  await deps.inTransaction(async (stores) => {
    if (hadFailures) await stores.logins.clearFailures(username);
    if (challengeHash) await stores.twoFactor.deleteChallenge(challengeHash);
    await stores.sessions.insert({ tokenHash: deps.tokens.hashToken(token), userId: user.id, createdAt: at, expiresAt });
  });
  const actor = actorOf(user);
  const followed = actor.role === 'department' ? { followedSectors: await followedSectorsOfDepartment(deps, actor) } : {};
  return { token, user, expiresAt, ...followed, ...((await mustEnrolTwoFactor(deps, actor)) ? { mustEnrolTwoFactor: true } : {}) };
}

async function followedSectorsOfDepartment(deps: CoreDeps, actor: Actor): Promise<Sector[]> {
  return followedSectorsOf(actor, sectorDutyTable(await deps.sectorDuties.list(actor.districtCode)));
}

/** Counts one failed password or code; locks the username once the count reaches the limit (then throws). */
async function recordFailure(
  deps: CoreDeps, settings: LoginSettings, username: string, credentials: Pick<UserCredentials, 'user'> | undefined, now: Date,
): Promise<void> {
  const at = now.toISOString();
  const lockedUntil = await deps.inTransaction(async (stores) => {
    const count = await stores.logins.addFailure(username, at, new Date(now.getTime() - FAILURES_FORGOTTEN_AFTER_MS).toISOString());
    if (count < settings.lockoutFailures) return null;
    const until = new Date(now.getTime() + settings.lockoutMinutes * MINUTE).toISOString();
    await stores.logins.lock(username, until);
    if (credentials) {
      await stores.logins.appendLockEvent({
        id: deps.ids.newId(), districtCode: credentials.user.districtCode, userId: credentials.user.id, kind: 'locked', at,
        lockedUntil: until, actorUserId: null, actorUsername: null,
      });
    }
    return until;
  });
  if (lockedUntil) throw accountLocked(lockedUntil);
}

/** Counts this attempt under every key in the current minute; refuses when any key is over the limit. */
async function takeAttempt(deps: CoreDeps, now: Date, perMinute: number, keys: readonly string[]): Promise<void> {
  const windowStart = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const start = new Date(windowStart).toISOString();
  const forgetBefore = new Date(windowStart - MINUTE).toISOString();
  const counts = await deps.inTransaction(async (stores) => {
    const result: number[] = [];
    for (const key of keys) result.push(await stores.logins.countAttempt(key, start, forgetBefore));
    return result;
  });
  if (counts.some((count) => count > perMinute)) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + MINUTE - now.getTime()) / 1000));
    throw new DomainError('rate_limited', 'auth.too_many_attempts', 'Too many log-in attempts; try again later.', { retryAfterSeconds });
  }
}

function accountLocked(lockedUntil: string): DomainError {
  return new DomainError('locked', 'auth.account_locked', 'This account is locked after repeated failed log-ins.', { lockedUntil });
}

/** The actor behind a bearer token, or null when the token is unknown, expired or the user is disabled. */
export async function authenticate(deps: CoreDeps, token: string): Promise<Actor | null> {
  const session = await deps.sessions.find(deps.tokens.hashToken(token));
  if (!session || session.expiresAt <= deps.clock.now().toISOString()) return null;
  const user = await deps.users.findById(session.userId);
  if (!user || user.status !== 'active') return null;
  const actor = actorOf(user);
  if (await mustEnrolTwoFactor(deps, actor)) return { ...actor, mustEnrolTwoFactor: true };
  if (actor.role !== 'department') return actor;
  return { ...actor, followedSectors: await followedSectorsOfDepartment(deps, actor) };
}

export async function logOut(deps: CoreDeps, token: string): Promise<void> {
  await deps.sessions.delete(deps.tokens.hashToken(token));
}
