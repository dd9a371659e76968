import type { CoreDeps } from '../deps.js';
import { actorOf, type Actor } from './actor.js';
import type { User } from './user.js';

export interface LogInResult {
  readonly token: string;
  readonly user: User;
  readonly expiresAt: string;
}

/**
 * Checks a username and password and opens a session. Returns null for any failure, so callers
 * cannot tell an unknown user from a wrong password.
 */
export async function logIn(deps: CoreDeps, input: { username: string; password: string }): Promise<LogInResult | null> {
  const credentials = await deps.users.findCredentials(input.username.trim());
  const matches = await deps.passwords.verify(input.password, credentials?.passwordHash ?? null);
  if (!credentials || !matches || credentials.user.status !== 'active') return null;
  const now = deps.clock.now();
  const token = deps.tokens.newToken();
  const expiresAt = new Date(now.getTime() + deps.limits.sessionHours * 3_600_000).toISOString();
  await deps.sessions.insert({ tokenHash: deps.tokens.hashToken(token), userId: credentials.user.id, createdAt: now.toISOString(), expiresAt });
  return { token, user: credentials.user, expiresAt };
}

/** The actor behind a bearer token, or null when the token is unknown, expired or the user is disabled. */
export async function authenticate(deps: CoreDeps, token: string): Promise<Actor | null> {
  const session = await deps.sessions.find(deps.tokens.hashToken(token));
  if (!session || session.expiresAt <= deps.clock.now().toISOString()) return null;
  const user = await deps.users.findById(session.userId);
  if (!user || user.status !== 'active') return null;
  return actorOf(user);
}

export async function logOut(deps: CoreDeps, token: string): Promise<void> {
  await deps.sessions.delete(deps.tokens.hashToken(token));
}
