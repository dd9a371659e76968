import { followedSectorsOf, sectorDutyTable } from '../sector-duties/sector-duties.js';
import type { CoreDeps } from '../deps.js';
import { DomainError } from '../shared/domain-error.js';
import { actorOf, type Actor } from './actor.js';
import { DEFAULT_LOGIN_SETTINGS } from './login-guard.js';
import type { User } from './user.js';

export interface LogInResult {
  readonly token: string;
  readonly user: User;
  readonly expiresAt: string;
}

export interface LogInInput {
  readonly username: string;
  readonly password: string;
  /** The client's address as the transport sees it (behind a trusted proxy: the forwarded one). */
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
export async function logIn(deps: CoreDeps, input: LogInInput): Promise<LogInResult | null> {
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
    return null;
  }

  const token = deps.tokens.newToken();
  const expiresAt = new Date(now.getTime() + deps.limits.sessionHours * 3_600_000).toISOString();
  await deps.inTransaction(async (stores) => {
    if (failures) await stores.logins.clearFailures(username);
    await stores.sessions.insert({ tokenHash: deps.tokens.hashToken(token), userId: credentials.user.id, createdAt: at, expiresAt });
  });
  return { token, user: credentials.user, expiresAt };
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
  if (actor.role !== 'department') return actor;
  const table = sectorDutyTable(await deps.sectorDuties.list(actor.districtCode));
  return { ...actor, followedSectors: followedSectorsOf(actor, table) };
}

export async function logOut(deps: CoreDeps, token: string): Promise<void> {
  await deps.sessions.delete(deps.tokens.hashToken(token));
}
