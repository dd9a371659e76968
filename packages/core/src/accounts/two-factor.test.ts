import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, type InMemoryDeps } from '../testing/in-memory-deps.js';
import { createTestSecretBox } from '../testing/in-memory-two-factor-store.js';
import type { Actor } from './actor.js';
import { authenticate, completeSecondFactor, isPendingSecondFactor, logIn } from './log-in.js';
import {
  confirmTotpEnrolment, disableOwnTwoFactor, resetTwoFactor, sealPlainTotpSecrets, setTwoFactorPolicy, startTotpEnrolment, twoFactorStatus,
} from './manage-two-factor.js';
import { resealTotpSecrets } from './reseal-totp-secrets.js';

const PASSWORD = 'secret-password';

function depsWith(lockoutFailures = 3): InMemoryDeps {
  const deps = createInMemoryDeps();
  deps.loginSettings = { attemptsPerMinute: 100, lockoutFailures, lockoutMinutes: 15 };
  return deps;
}

/** Enrols and confirms the actor's TOTP; returns the secret and the recovery codes shown once. */
async function enrol(deps: InMemoryDeps, actor: Actor): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = await startTotpEnrolment(deps, actor);
  const { recoveryCodes } = await confirmTotpEnrolment(deps, actor, { code: deps.totp.codeAt(secret, deps.clock.now()) });
  deps.clock.advance(30_000);
  return { secret, recoveryCodes };
}

async function challengeFor(deps: InMemoryDeps, username: string): Promise<string> {
  const outcome = await logIn(deps, { username, password: PASSWORD });
  if (!outcome || !isPendingSecondFactor(outcome)) throw new Error(`expected a second step, got ${JSON.stringify(outcome)}`);
  return outcome.challenge;
}

async function codeOutcome(deps: InMemoryDeps, challenge: string, code: string): Promise<string> {
  try {
    const result = await completeSecondFactor(deps, { challenge, code });
    return typeof result === 'string' ? result : 'session';
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('TOTP enrolment', () => {
  it('shows the secret once as a URI and base32, and turns on only with a current code', async () => {
    const deps = depsWith();
    const actor = deps.given.user('town');
    const started = await startTotpEnrolment(deps, actor);
    expect(started).toMatchObject({ issuer: 'SafeGrid', accountName: actor.username });
    expect(started.otpauthUri).toContain(started.secret);
    expect(deps.tables.totpEnrolments.get(actor.userId)?.status).toBe('pending');

    const wrong = await confirmTotpEnrolment(deps, actor, { code: '000000' }).catch((error: unknown) => error);
    expect(wrong).toMatchObject({ code: 'request.invalid', fields: [{ path: '/code', code: 'totp_code_wrong' }] });
    expect((await twoFactorStatus(deps, actor)).enabled).toBe(false);

    const { recoveryCodes } = await confirmTotpEnrolment(deps, actor, { code: deps.totp.codeAt(started.secret, deps.clock.now()) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await twoFactorStatus(deps, actor)).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
    // Only hashes of the recovery codes are kept.
    expect(deps.tables.recoveryCodes.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);
    expect(deps.tables.twoFactorEvents).toMatchObject([{ userId: actor.userId, kind: 'enabled', actorUserId: actor.userId }]);
  });

  it('refuses a second enrolment while one is on, and a confirmation with nothing pending', async () => {
    const deps = depsWith();
    const actor = deps.given.user('district');
    await enrol(deps, actor);
    await expect(startTotpEnrolment(deps, actor)).rejects.toMatchObject({ code: 'two_factor.already_enabled' });
    await expect(confirmTotpEnrolment(deps, actor, { code: '123456' })).rejects.toMatchObject({ code: 'two_factor.no_pending_enrolment' });
  });
});

describe('log-in with a second factor', () => {
  it('issues no session after the password, only a challenge; the current code opens one', async () => {
    const deps = depsWith();
    const actor = deps.given.user('district');
    const { secret } = await enrol(deps, actor);
    const challenge = await challengeFor(deps, actor.username);
    expect(deps.tables.sessions.size).toBe(0);

    const result = await completeSecondFactor(deps, { challenge, code: deps.totp.codeAt(secret, deps.clock.now()) });
    expect(result).toMatchObject({ user: { id: actor.userId } });
    expect(deps.tables.sessions.size).toBe(1);
    // The challenge is used up.
    expect(await codeOutcome(deps, challenge, deps.totp.codeAt(secret, deps.clock.now()))).toBe('expired');
  });

  it('accepts the code of the step before and after now, not two steps away', async () => {
    const deps = depsWith(10);
    const actor = deps.given.user('district');
    const { secret } = await enrol(deps, actor);
    // Well past the step that confirmed the enrolment, which would count as a replay.
    deps.clock.advance(60_000);
    const at = (offsetSteps: number) => deps.totp.codeAt(secret, new Date(deps.clock.now().getTime() + offsetSteps * 30_000));
    const answers = [];
    for (const offset of [-2, 2, -1]) answers.push(await codeOutcome(deps, await challengeFor(deps, actor.username), at(offset)));
    deps.clock.advance(60_000);
    answers.push(await codeOutcome(deps, await challengeFor(deps, actor.username), at(1)));
    expect(answers).toEqual(['wrong_code', 'wrong_code', 'session', 'session']);
  });

  it('refuses a code already used (replay), also from a second log-in in the same window', async () => {
    const deps = depsWith();
    const actor = deps.given.user('district');
    const { secret } = await enrol(deps, actor);
    const code = deps.totp.codeAt(secret, deps.clock.now());
    expect(await codeOutcome(deps, await challengeFor(deps, actor.username), code)).toBe('session');
    expect(await codeOutcome(deps, await challengeFor(deps, actor.username), code)).toBe('wrong_code');
    deps.clock.advance(30_000);
    expect(await codeOutcome(deps, await challengeFor(deps, actor.username), deps.totp.codeAt(secret, deps.clock.now()))).toBe('session');
  });

  it('takes each recovery code once, whatever its case and dashes', async () => {
    const deps = depsWith();
    const actor = deps.given.user('town');
    const { recoveryCodes } = await enrol(deps, actor);
    const code = recoveryCodes[3] as string;
    expect(await codeOutcome(deps, await challengeFor(deps, actor.username), ` ${code.toUpperCase().replace('-', '')} `)).toBe('session');
    expect(await codeOutcome(deps, await challengeFor(deps, actor.username), code)).toBe('wrong_code');
    expect((await twoFactorStatus(deps, actor)).recoveryCodesLeft).toBe(9);
  });

  it('counts wrong codes against the lockout; the lock ends the challenge and refuses the right code', async () => {
    const deps = depsWith(3);
    const actor = deps.given.user('district');
    const { secret } = await enrol(deps, actor);
    const challenge = await challengeFor(deps, actor.username);
    const answers = [];
    for (const code of ['111111', '222222', '333333']) answers.push(await codeOutcome(deps, challenge, code));
    answers.push(await codeOutcome(deps, challenge, deps.totp.codeAt(secret, deps.clock.now())));
    expect(answers).toEqual(['wrong_code', 'wrong_code', 'auth.account_locked', 'expired']);
    await expect(logIn(deps, { username: actor.username, password: PASSWORD })).rejects.toMatchObject({ code: 'auth.account_locked' });
    expect(deps.tables.sessions.size).toBe(0);
  });

  it('lets the challenge expire after five minutes', async () => {
    const deps = depsWith();
    const actor = deps.given.user('district');
    const { secret } = await enrol(deps, actor);
    const challenge = await challengeFor(deps, actor.username);
    deps.clock.advance(5 * 60_000);
    expect(await codeOutcome(deps, challenge, deps.totp.codeAt(secret, deps.clock.now()))).toBe('expired');
  });
});

describe('turning the second factor off', () => {
  it('needs a current code from the user; then the password alone opens a session', async () => {
    const deps = depsWith();
    const actor = deps.given.user('grid_worker');
    const { secret } = await enrol(deps, actor);
    await expect(disableOwnTwoFactor(deps, actor, { code: '000000' })).rejects.toMatchObject({ fields: [{ path: '/code', code: 'totp_code_wrong' }] });
    await disableOwnTwoFactor(deps, actor, { code: deps.totp.codeAt(secret, deps.clock.now()) });
    expect(await logIn(deps, { username: actor.username, password: PASSWORD })).toMatchObject({ token: expect.any(String) });
    expect(deps.tables.recoveryCodes).toHaveLength(0);
    expect(deps.tables.twoFactorEvents.map((event) => event.kind)).toEqual(['enabled', 'disabled']);
  });

  it('is reset by the district office for an account of its district only, and recorded with who did it', async () => {
    const deps = depsWith();
    const office = deps.given.user('district');
    const town = deps.given.user('town');
    const worker = deps.given.user('grid_worker');
    await enrol(deps, worker);
    await expect(resetTwoFactor(deps, town, worker.userId)).rejects.toMatchObject({ code: 'two_factor.manage_refused' });
    const stranger = deps.given.user('grid_worker', { districtCode: '320411' });
    await expect(resetTwoFactor(deps, office, stranger.userId)).rejects.toMatchObject({ code: 'user.not_found' });

    await resetTwoFactor(deps, office, worker.userId);
    expect((await twoFactorStatus(deps, worker)).enabled).toBe(false);
    expect(deps.tables.twoFactorEvents.at(-1)).toMatchObject({ userId: worker.userId, kind: 'reset', actorUserId: office.userId });
  });
});

describe('a district that requires a second factor', () => {
  it('marks district-office sessions without one as having to enrol, and no one else', async () => {
    const deps = depsWith();
    const office = deps.given.user('district');
    const town = deps.given.user('town');
    await setTwoFactorPolicy(deps, office, { requiredForDistrictOffice: true });
    const officeSession = await logIn(deps, { username: office.username, password: PASSWORD });
    const townSession = await logIn(deps, { username: town.username, password: PASSWORD });
    if (!officeSession || !townSession || isPendingSecondFactor(officeSession) || isPendingSecondFactor(townSession)) throw new Error('expected sessions');

    expect((await authenticate(deps, officeSession.token))?.mustEnrolTwoFactor).toBe(true);
    expect((await authenticate(deps, townSession.token))?.mustEnrolTwoFactor).toBeUndefined();
    expect(await twoFactorStatus(deps, office)).toMatchObject({ required: true, enabled: false });

    await enrol(deps, office);
    expect((await authenticate(deps, officeSession.token))?.mustEnrolTwoFactor).toBeUndefined();
    await expect(setTwoFactorPolicy(deps, town, { requiredForDistrictOffice: false })).rejects.toMatchObject({ code: 'two_factor.manage_refused' });
  });
});

describe('the secret at rest (ADR 0104)', () => {
  it('is stored sealed, never as the secret shown at enrolment', async () => {
    const deps = depsWith();
    const actor = deps.given.user('district');
    const { secret } = await enrol(deps, actor);
    const stored = deps.tables.totpEnrolments.get(actor.userId)?.secret ?? '';
    expect(stored).not.toContain(secret);
    expect(deps.secrets.isSealed(stored)).toBe(true);
    expect(deps.secrets.open(stored)).toBe(secret);
  });

  it('refuses the second factor with a clear error, not a crash, when the server key changed', async () => {
    const deps = depsWith();
    const actor = deps.given.user('district');
    const { secret } = await enrol(deps, actor);
    const challenge = await challengeFor(deps, actor.username);
    deps.secrets = createTestSecretBox('another-key');
    expect(await codeOutcome(deps, challenge, deps.totp.codeAt(secret, deps.clock.now()))).toBe('two_factor.secret_unreadable');
    expect(deps.tables.sessions.size).toBe(0);
  });

  it('seals rows stored plain before sealing, once, and they keep working', async () => {
    const deps = depsWith();
    const actor = deps.given.user('district');
    const { secret } = await enrol(deps, actor);
    const row = deps.tables.totpEnrolments.get(actor.userId);
    if (!row) throw new Error('expected an enrolment');
    deps.tables.totpEnrolments.set(actor.userId, { ...row, secret });

    expect(await sealPlainTotpSecrets(deps)).toBe(1);
    expect(await sealPlainTotpSecrets(deps)).toBe(0);
    expect(deps.secrets.open(deps.tables.totpEnrolments.get(actor.userId)?.secret ?? '')).toBe(secret);
    const challenge = await challengeFor(deps, actor.username);
    expect(await codeOutcome(deps, challenge, deps.totp.codeAt(secret, deps.clock.now()))).toBe('session');
  });
});

describe('re-sealing under a new key (ADR 0109)', () => {
  it('moves every secret to the new key in one go, leaves those already there, and refuses naming the accounts no key opens', async () => {
    const deps = depsWith();
    const first = deps.given.user('district');
    const second = deps.given.user('district');
    const { secret } = await enrol(deps, first);
    await enrol(deps, second);
    const oldBox = deps.secrets;
    const newBox = createTestSecretBox('new-key');

    expect(await resealTotpSecrets(deps, { to: newBox, from: [oldBox] }, { skipUnreadable: false })).toEqual({ resealed: 2, alreadyUnderNewKey: 0, unreadable: [] });
    expect(await resealTotpSecrets(deps, { to: newBox, from: [oldBox] }, { skipUnreadable: false })).toEqual({ resealed: 0, alreadyUnderNewKey: 2, unreadable: [] });
    deps.secrets = newBox;
    const challenge = await challengeFor(deps, first.username);
    expect(await codeOutcome(deps, challenge, deps.totp.codeAt(secret, deps.clock.now()))).toBe('session');

    const before = new Map(deps.tables.totpEnrolments);
    const unknown = createTestSecretBox('unknown-key');
    const refused: unknown = await resealTotpSecrets(deps, { to: unknown, from: [oldBox] }, { skipUnreadable: false }).then(() => null, (error: unknown) => error);
    expect(refused).toMatchObject({ code: 'secrets.unreadable' });
    expect(String((refused as { details: { accounts: string } }).details.accounts).split(', ').sort()).toEqual([first.username, second.username].sort());
    expect(deps.tables.totpEnrolments).toEqual(before);
    const skipped = await resealTotpSecrets(deps, { to: unknown, from: [oldBox] }, { skipUnreadable: true });
    expect(skipped.resealed).toBe(0);
    expect(skipped.unreadable.map((account) => account.username).sort()).toEqual([first.username, second.username].sort());
    expect(deps.tables.totpEnrolments).toEqual(before);
  });
});
