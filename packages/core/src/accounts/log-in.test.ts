import { describe, expect, it } from 'vitest';
import { createInMemoryDeps } from '../testing/in-memory-deps.js';
import { logIn } from './log-in.js';
import { listLockedAccounts, unlockAccount } from './unlock-account.js';

const PASSWORD = 'secret-password';

function depsWith(settings: { attemptsPerMinute?: number; lockoutFailures?: number; lockoutMinutes?: number } = {}) {
  const deps = createInMemoryDeps();
  deps.loginSettings = { attemptsPerMinute: 100, lockoutFailures: 3, lockoutMinutes: 15, ...settings };
  return deps;
}

/** What a caller learns from one attempt: a session, a plain refusal, or a coded error. */
async function outcome(deps: ReturnType<typeof depsWith>, username: string, password: string, clientIp = '10.0.0.1'): Promise<string> {
  try {
    return (await logIn(deps, { username, password, clientIp })) ? 'session' : 'refused';
  } catch (error) {
    const { code, details } = error as { code: string; details: Record<string, unknown> };
    return `${code} ${String(details.lockedUntil ?? details.retryAfterSeconds ?? '')}`.trim();
  }
}

describe('log-in limits and lockout', () => {
  it('locks an account after consecutive failures, refuses even the right password until the end, then lets it in', async () => {
    const deps = depsWith();
    const { username } = deps.given.user('town');

    const answers = [];
    for (let attempt = 0; attempt < 4; attempt += 1) answers.push(await outcome(deps, username, 'wrong-password'));
    answers.push(await outcome(deps, username, PASSWORD));
    deps.clock.advance(15 * 60_000);
    answers.push(await outcome(deps, username, PASSWORD));

    const until = '2026-03-02T02:15:00.000Z';
    expect(answers).toEqual(['refused', 'refused', `auth.account_locked ${until}`, `auth.account_locked ${until}`, `auth.account_locked ${until}`, 'session']);
    expect(deps.tables.accountLockEvents).toMatchObject([{ kind: 'locked', lockedUntil: until, actorUserId: null }]);
  });

  it('answers an unknown username exactly like a wrong password on a real account, lock included', async () => {
    const deps = depsWith();
    const { username } = deps.given.user('grid_worker');
    const sequence = async (name: string) => {
      const answers = [];
      for (let attempt = 0; attempt < 5; attempt += 1) answers.push(await outcome(deps, name, 'wrong-password'));
      return answers;
    };

    expect(await sequence('nobody-at-all')).toEqual(await sequence(username));
  });

  it('forgets failures after a successful log-in', async () => {
    const deps = depsWith();
    const { username } = deps.given.user('town');

    const answers = [];
    for (const password of ['wrong-1', 'wrong-2', PASSWORD, 'wrong-3', 'wrong-4', PASSWORD]) answers.push(await outcome(deps, username, password));

    expect(answers).toEqual(['refused', 'refused', 'session', 'refused', 'refused', 'session']);
    expect(deps.tables.loginFailures.size).toBe(0);
  });

  it('limits attempts per minute per username and per client address, with the seconds left in the minute', async () => {
    const deps = depsWith({ attemptsPerMinute: 2, lockoutFailures: 100 });
    const { username } = deps.given.user('town');
    deps.clock.advance(20_000);

    const byName = [await outcome(deps, username, 'x', '10.0.0.1'), await outcome(deps, username, 'x', '10.0.0.2'), await outcome(deps, username, PASSWORD, '10.0.0.3')];
    const byAddress = [await outcome(deps, 'someone-1', 'x', '10.0.0.9'), await outcome(deps, 'someone-2', 'x', '10.0.0.9'), await outcome(deps, 'someone-3', 'x', '10.0.0.9')];
    deps.clock.advance(40_000);
    const nextMinute = await outcome(deps, username, PASSWORD, '10.0.0.9');

    expect(byName).toEqual(['refused', 'refused', 'auth.too_many_attempts 40']);
    expect(byAddress).toEqual(['refused', 'refused', 'auth.too_many_attempts 40']);
    expect(nextMinute).toBe('session');
  });

  it('lets the district office of the same district list and unlock, and records who did it', async () => {
    const deps = depsWith();
    const { username, userId } = deps.given.user('grid_worker');
    const office = deps.given.user('district');
    const town = deps.given.user('town');
    for (let attempt = 0; attempt < 3; attempt += 1) await outcome(deps, username, 'wrong-password');

    expect((await listLockedAccounts(deps, office)).map((locked) => locked.user.username)).toEqual([username]);
    await expect(listLockedAccounts(deps, town)).rejects.toMatchObject({ kind: 'permission_denied' });
    await expect(unlockAccount(deps, town, userId)).rejects.toMatchObject({ kind: 'permission_denied' });
    await expect(unlockAccount(deps, { ...office, districtCode: '320411', scope: { ...office.scope, regionCode: '320411' } }, userId)).rejects.toMatchObject({ kind: 'not_found' });

    await unlockAccount(deps, office, userId);

    expect(await outcome(deps, username, PASSWORD)).toBe('session');
    expect(await listLockedAccounts(deps, office)).toEqual([]);
    expect(deps.tables.accountLockEvents.map((event) => [event.kind, event.actorUserId])).toEqual([['locked', null], ['unlocked', office.userId]]);
  });
});
