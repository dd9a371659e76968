import { createHmac } from 'node:crypto';
import {
  LoginResponse, RecoveryCodesResponse, SecondFactorChallengeResponse, TotpEnrolmentResponse, TwoFactorPolicyResponse, TwoFactorStatusResponse, UserResponse,
} from '@safegrid/contracts';
import { createAesGcmSecretBox } from '@safegrid/adapters';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, TEST_PASSWORD, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

/** What an authenticator app shows (RFC 6238, SHA-1, 6 digits, 30 s), written out with node:crypto. */
function authenticatorCode(secretBase32: string, at: Date, offsetSteps = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secretBase32) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 30_000) + offsetSteps));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = (digest[19] as number) & 0xf;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

describeEachDialect('two-factor routes (ADR 0093)', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect, config: { SAFEGRID_LOGIN_ATTEMPTS_PER_MINUTE: '50', SAFEGRID_LOGIN_LOCKOUT_FAILURES: '3' } });
  });
  afterEach(async () => server.close());

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const login = (username: string) => server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
  const secondStep = (challenge: string, code: string) =>
    server.app.inject({ method: 'POST', url: '/api/v1/auth/login/second-factor', payload: { challenge, code } });

  /** Turns TOTP on for the signed-in user; returns the secret shown once and the recovery codes. */
  async function enrol(token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    const started = expectResponse<TotpEnrolmentResponse>(
      await server.app.inject({ method: 'POST', url: '/api/v1/auth/two-factor/enrolment', headers: as(token) }), 200, TotpEnrolmentResponse);
    const confirmed = await server.app.inject({
      method: 'POST', url: '/api/v1/auth/two-factor/enrolment/confirmation', headers: as(token), payload: { code: authenticatorCode(started.secret, server.clock.now()) },
    });
    const { recoveryCodes } = expectResponse<RecoveryCodesResponse>(confirmed, 200, RecoveryCodesResponse);
    server.clock.advance(30_000);
    return { secret: started.secret, recoveryCodes };
  }

  it('answers a right password with a challenge and no session; the code opens one', async () => {
    const { token, user } = await server.login('district', { username: 'office' });
    const { secret } = await enrol(token);

    const first = await login('office');
    const pending = expectResponse<SecondFactorChallengeResponse>(first, 202, SecondFactorChallengeResponse);
    expect(first.headers['set-cookie']).toBeUndefined();
    expect(JSON.stringify(pending)).not.toContain(secret);
    // The challenge is no session.
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(pending.challenge) }), 401, 'auth.unauthenticated');

    const done = await secondStep(pending.challenge, authenticatorCode(secret, server.clock.now()));
    const session = expectResponse<LoginResponse>(done, 200, LoginResponse);
    expect(session.user.id).toBe(user.id);
    expect(String(done.headers['set-cookie'])).toMatch(/safegrid_session=/);
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(session.token) })).statusCode).toBe(200);
  });

  it('refuses a wrong code and a replayed one with a clear code, and locks after repeated wrong codes', async () => {
    const { token } = await server.login('district', { username: 'office' });
    const { secret } = await enrol(token);
    const code = authenticatorCode(secret, server.clock.now());
    const { challenge: first } = expectResponse<SecondFactorChallengeResponse>(await login('office'), 202, SecondFactorChallengeResponse);
    expect((await secondStep(first, code)).statusCode).toBe(200);

    const { challenge } = expectResponse<SecondFactorChallengeResponse>(await login('office'), 202, SecondFactorChallengeResponse);
    const replay = expectProblem(await secondStep(challenge, code), 401, 'auth.second_factor_invalid');
    expect(replay.title).toContain('验证码不正确');
    expectProblem(await secondStep(challenge, authenticatorCode(secret, server.clock.now(), 3)), 401, 'auth.second_factor_invalid');
    const locked = expectProblem(await secondStep(challenge, '000000'), 423, 'auth.account_locked');
    expect(locked.lockedUntil).toBeDefined();
    // Locked: the challenge is gone and the password is refused as well.
    expectProblem(await secondStep(challenge, authenticatorCode(secret, server.clock.now())), 401, 'auth.second_factor_expired');
    expectProblem(await login('office'), 423, 'auth.account_locked');
  });

  it('lets a recovery code in once, and lets the challenge expire', async () => {
    const { token } = await server.login('town', { username: 'hutang' });
    const { secret, recoveryCodes } = await enrol(token);
    const { challenge } = expectResponse<SecondFactorChallengeResponse>(await login('hutang'), 202, SecondFactorChallengeResponse);
    expect((await secondStep(challenge, recoveryCodes[0] as string)).statusCode).toBe(200);
    const { challenge: again } = expectResponse<SecondFactorChallengeResponse>(await login('hutang'), 202, SecondFactorChallengeResponse);
    expectProblem(await secondStep(again, recoveryCodes[0] as string), 401, 'auth.second_factor_invalid');
    server.clock.advance(5 * 60_000);
    expectProblem(await secondStep(again, authenticatorCode(secret, server.clock.now())), 401, 'auth.second_factor_expired');
  });

  it('never returns the secret after enrolment, and turns off only with a current code', async () => {
    const { token } = await server.login('grid_worker', { username: 'worker' });
    const { secret } = await enrol(token);
    const status = await server.app.inject({ method: 'GET', url: '/api/v1/auth/two-factor', headers: as(token) });
    expect(expectResponse<TwoFactorStatusResponse>(status, 200, TwoFactorStatusResponse)).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
    expect(status.body).not.toContain(secret);
    expectProblem(await server.app.inject({ method: 'POST', url: '/api/v1/auth/two-factor/enrolment', headers: as(token) }), 409, 'two_factor.already_enabled');

    const wrong = expectProblem(await server.app.inject({ method: 'POST', url: '/api/v1/auth/two-factor/disable', headers: as(token), payload: { code: '000000' } }), 422, 'request.invalid');
    expect(wrong.errors).toMatchObject([{ path: '/code', code: 'totp_code_wrong' }]);
    const off = await server.app.inject({ method: 'POST', url: '/api/v1/auth/two-factor/disable', headers: as(token), payload: { code: authenticatorCode(secret, server.clock.now()) } });
    expect(off.statusCode).toBe(204);
    expect((await login('worker')).statusCode).toBe(200);
  });

  it('lets the district office reset another account’s second factor, and no one else', async () => {
    const office = await server.login('district', { username: 'office' });
    const town = await server.login('town', { username: 'hutang' });
    const worker = await server.login('grid_worker', { username: 'worker' });
    await enrol(worker.token);
    const reset = (token: string) => server.app.inject({ method: 'POST', url: `/api/v1/users/${worker.user.id}/two-factor/reset`, headers: as(token) });
    expectProblem(await reset(town.token), 403, 'two_factor.manage_refused');
    expect((await reset(office.token)).statusCode).toBe(204);
    expect((await login('worker')).statusCode).toBe(200);
  });

  it('holds a district-office session that must enrol to enrolment until it does', async () => {
    const office = await server.login('district', { username: 'office' });
    const policy = await server.app.inject({ method: 'PUT', url: '/api/v1/settings/two-factor', headers: as(office.token), payload: { requiredForDistrictOffice: true } });
    expect(expectResponse<TwoFactorPolicyResponse>(policy, 200, TwoFactorPolicyResponse)).toEqual({ requiredForDistrictOffice: true });

    const fresh = expectResponse<LoginResponse>(await login('office'), 200, LoginResponse);
    expect(fresh.user.mustEnrolTwoFactor).toBe(true);
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/v1/units', headers: as(fresh.token) }), 403, 'auth.two_factor_enrolment_required');
    const me = await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: as(fresh.token) });
    expect(expectResponse<UserResponse>(me, 200, UserResponse).mustEnrolTwoFactor).toBe(true);

    await enrol(fresh.token);
    expect((await server.app.inject({ method: 'GET', url: '/api/v1/units', headers: as(fresh.token) })).statusCode).toBe(200);
  });

  it('keeps the secret sealed in the database, and answers a clear 409 at the second step when the key changed (ADR 0104)', async () => {
    const { token } = await server.login('district', { username: 'sealed' });
    const { secret } = await enrol(token);
    const rows = await server.database.db.selectFrom('totpEnrolments').select('secret').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.secret).toMatch(/^aesgcm1:/);
    expect(rows[0]?.secret).not.toContain(secret);

    server.deps.secrets = createAesGcmSecretBox(Buffer.alloc(32, 5));
    const pending = expectResponse<SecondFactorChallengeResponse>(await login('sealed'), 202, SecondFactorChallengeResponse);
    const refused = expectProblem(await secondStep(pending.challenge, authenticatorCode(secret, server.clock.now())), 409, 'two_factor.secret_unreadable');
    expect(refused.detail).toMatch(/SAFEGRID_SECRET_KEY/);
  });
});
