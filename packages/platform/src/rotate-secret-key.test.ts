import { createHmac } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeSecondFactor, isPendingSecondFactor, logIn, type User } from '@safegrid/core';
import { describeEachDialect, DISTRICT, openTestDatabase, testId, type TestDatabase } from '@safegrid/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from './config.js';
import { openPlatform } from './open-platform.js';
import { rotateSecretKey } from './rotate-secret-key.js';
import { PENDING_SECRET_KEY_FILE, SECRET_KEY_FILE } from './secret-key.js';

const PASSWORD = 'rotate-key-password';
const SECRETS = { 'office-a': 'JBSWY3DPEHPK3PXP', 'office-b': 'KRSXG5CTMVRXEZLU' } as const;
type Account = keyof typeof SECRETS;

/** What an authenticator app shows (RFC 6238, SHA-1, 6 digits, 30 s), written out with node:crypto. */
function authenticatorCode(secretBase32: string, at: Date): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secretBase32) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 30_000)));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = (digest[19] as number) & 0xf;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

function user(username: string): User {
  return {
    id: testId(), districtCode: DISTRICT, username, displayName: username, role: 'district',
    scope: { regionCode: DISTRICT, gridIds: [], sectors: [], unitId: null }, phone: null, status: 'active',
    createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z',
  };
}

const keyText = (fill: number) => `${Buffer.alloc(32, fill).toString('base64')}\n`;

describeEachDialect('rotating the key that seals TOTP secrets (ADR 0109)', (dialect) => {
  let database: TestDatabase;
  let dataDir: string;
  let config: Config;
  const keyFile = () => join(dataDir, SECRET_KEY_FILE);
  const pendingFile = () => join(dataDir, PENDING_SECRET_KEY_FILE);
  const configWith = (env: Record<string, string> = {}) => loadConfig({ SAFEGRID_DATA_DIR: dataDir, SAFEGRID_DATABASE_URL: database.url, ...env });
  const storedSecrets = async () => (await database.db.selectFrom('totpEnrolments').select(['userId', 'secret']).orderBy('userId').execute());

  /** The full log-in (password, then the authenticator's code) through a platform opened with `settings`. */
  async function logInWithCode(settings: Config, username: Account): Promise<'session' | 'wrong_code' | 'expired'> {
    const platform = await openPlatform(settings, { migrate: false });
    try {
      const first = await logIn(platform.deps, { username, password: PASSWORD });
      if (!first || !isPendingSecondFactor(first)) throw new Error(`${username}: expected a second-factor challenge`);
      const done = await completeSecondFactor(platform.deps, { challenge: first.challenge, code: authenticatorCode(SECRETS[username], platform.deps.clock.now()) });
      return typeof done === 'string' ? done : 'session';
    } finally {
      await platform.close();
    }
  }

  beforeEach(async () => {
    database = await openTestDatabase(dialect, { onDisk: true });
    dataDir = mkdtempSync(join(tmpdir(), 'safegrid-rotate-key-'));
    config = configWith();
    // The server's first start makes secret.key; both accounts enrol under it.
    const platform = await openPlatform(config, { migrate: false });
    try {
      const hash = await platform.deps.passwords.hash(PASSWORD);
      for (const [username, secret] of Object.entries(SECRETS)) {
        const account = user(username);
        await platform.deps.users.insert(account, hash);
        await platform.deps.twoFactor.save({
          userId: account.id, districtCode: DISTRICT, secret: platform.deps.secrets.seal(secret), status: 'enabled',
          createdAt: '2026-03-02T02:00:00.000Z', enabledAt: '2026-03-02T02:01:00.000Z', lastUsedStep: null,
        });
      }
    } finally {
      await platform.close();
    }
  });
  afterEach(async () => {
    await database.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('re-seals every secret under a new key file (0600): the code works with the new key and not with the old', async () => {
    const oldKey = readFileSync(keyFile(), 'utf8');
    const before = await storedSecrets();
    const outcome = await rotateSecretKey(config);
    expect(outcome).toMatchObject({ resealed: 2, alreadyUnderNewKey: 0, unreadable: [], keySource: 'file', installedKeyFile: keyFile() });

    const newKey = readFileSync(keyFile(), 'utf8');
    expect(newKey).not.toBe(oldKey);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(existsSync(pendingFile())).toBe(false);
    const after = await storedSecrets();
    expect(after.map((row) => row.secret)).not.toContain(before[0]?.secret);
    for (const row of after) for (const secret of Object.values(SECRETS)) expect(row.secret).not.toContain(secret);

    expect(await logInWithCode(config, 'office-a')).toBe('session');
    await expect(logInWithCode(configWith({ SAFEGRID_SECRET_KEY: oldKey.trim() }), 'office-b')).rejects.toMatchObject({ code: 'two_factor.secret_unreadable' });
    // A rolling change: the old key as SAFEGRID_SECRET_KEY_PREVIOUS opens nothing sealed under the new one, but the new key does.
    expect(await logInWithCode(configWith({ SAFEGRID_SECRET_KEY: newKey.trim(), SAFEGRID_SECRET_KEY_PREVIOUS: oldKey.trim() }), 'office-b')).toBe('session');
  });

  it('with a wrong current key changes nothing and names the accounts it cannot open', async () => {
    const realKey = readFileSync(keyFile(), 'utf8');
    writeFileSync(keyFile(), keyText(1), { mode: 0o600 });
    const before = await storedSecrets();
    const error: unknown = await rotateSecretKey(config).then(() => null, (thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'secrets.unreadable' });
    expect((error as Error).message).toContain('office-a');
    expect((error as Error).message).toContain('office-b');
    for (const secret of Object.values(SECRETS)) expect((error as Error).message).not.toContain(secret);
    expect(await storedSecrets()).toEqual(before);
    expect(readFileSync(keyFile(), 'utf8')).toBe(keyText(1));

    // The refused run's new key sealed nothing and is gone; with the real key back the rotation goes through.
    expect(existsSync(pendingFile())).toBe(false);
    writeFileSync(keyFile(), realKey, { mode: 0o600 });
    expect(await rotateSecretKey(config)).toMatchObject({ resealed: 2, alreadyUnderNewKey: 0 });
    expect(readFileSync(keyFile(), 'utf8')).not.toBe(realKey);
    expect(await logInWithCode(config, 'office-a')).toBe('session');
  });

  it('with --skip-unreadable re-seals the others and leaves the unreadable ones as they were', async () => {
    const platform = await openPlatform(config, { migrate: false });
    const officeB = (await platform.deps.users.findCredentials('office-b'))?.user.id ?? '';
    await platform.close();
    await database.db.updateTable('totpEnrolments').set({ secret: 'aesgcm1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }).where('userId', '=', officeB).execute();
    const outcome = await rotateSecretKey(config, { skipUnreadable: true });
    expect(outcome.resealed).toBe(1);
    expect(outcome.unreadable.map((account) => account.username)).toEqual(['office-b']);
    expect((await storedSecrets()).find((row) => row.userId === officeB)?.secret).toBe('aesgcm1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(await logInWithCode(config, 'office-a')).toBe('session');
  });

  it('recovers a run interrupted after its commit and before the key file was renamed', async () => {
    const oldKey = readFileSync(keyFile(), 'utf8');
    await rotateSecretKey(config);
    const newKey = readFileSync(keyFile(), 'utf8');
    const committed = await storedSecrets();
    // The state such a crash leaves: the database under the new key, secret.key still the old one, the new one pending.
    writeFileSync(pendingFile(), newKey, { mode: 0o600 });
    writeFileSync(keyFile(), oldKey, { mode: 0o600 });

    // A server started in that state opens the secrets with the pending key.
    expect(await logInWithCode(config, 'office-a')).toBe('session');
    const outcome = await rotateSecretKey(config);
    expect(outcome).toMatchObject({ resealed: 0, alreadyUnderNewKey: 2, unreadable: [] });
    expect(await storedSecrets()).toEqual(committed);
    expect(readFileSync(keyFile(), 'utf8')).toBe(newKey);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(existsSync(pendingFile())).toBe(false);
    expect(await logInWithCode(config, 'office-b')).toBe('session');
  });

  it('reuses the pending key of a run interrupted before its commit', async () => {
    // Such a crash leaves secret.key.new written and the database as it was.
    writeFileSync(pendingFile(), keyText(7), { mode: 0o600 });
    expect(await rotateSecretKey(config)).toMatchObject({ resealed: 2, alreadyUnderNewKey: 0 });
    expect(readFileSync(keyFile(), 'utf8')).toBe(keyText(7));
    expect(existsSync(pendingFile())).toBe(false);
    expect(await logInWithCode(configWith({ SAFEGRID_SECRET_KEY: keyText(7).trim() }), 'office-b')).toBe('session');
  });

  it('refuses a different new key while an interrupted rotation is pending, and a key file others can read', async () => {
    writeFileSync(pendingFile(), keyText(4), { mode: 0o600 });
    const given = join(dataDir, 'given.key');
    writeFileSync(given, keyText(5), { mode: 0o600 });
    await expect(rotateSecretKey(config, { newKeyFile: given })).rejects.toThrow(/interrupted rotation/);
    rmSync(pendingFile());
    chmodSync(given, 0o644);
    const before = await storedSecrets();
    await expect(rotateSecretKey(config, { newKeyFile: given })).rejects.toThrow(/chmod 600/);
    expect(await storedSecrets()).toEqual(before);
  });

  it('with SAFEGRID_SECRET_KEY takes the new key from a file, writes no key file, and the variable then opens the secrets', async () => {
    const oldKey = readFileSync(keyFile(), 'utf8').trim();
    rmSync(keyFile());
    const environment = configWith({ SAFEGRID_SECRET_KEY: oldKey });
    await expect(rotateSecretKey(environment)).rejects.toThrow(/--new-key-file/);
    const given = join(dataDir, 'vault.key');
    writeFileSync(given, keyText(6), { mode: 0o600 });
    expect(await rotateSecretKey(environment, { newKeyFile: given })).toMatchObject({ resealed: 2, keySource: 'environment', installedKeyFile: null });
    expect(existsSync(keyFile()) || existsSync(pendingFile())).toBe(false);
    // Run again before the variable changed: nothing left to do.
    expect(await rotateSecretKey(environment, { newKeyFile: given })).toMatchObject({ resealed: 0, alreadyUnderNewKey: 2 });
    expect(await logInWithCode(configWith({ SAFEGRID_SECRET_KEY: keyText(6).trim() }), 'office-a')).toBe('session');
  });

  it('in a rolling change re-seals what the previous key opens, with the new key already in SAFEGRID_SECRET_KEY', async () => {
    const oldKey = readFileSync(keyFile(), 'utf8').trim();
    rmSync(keyFile());
    const given = join(dataDir, 'new.key');
    writeFileSync(given, keyText(8), { mode: 0o600 });
    const rolling = configWith({ SAFEGRID_SECRET_KEY: keyText(8).trim(), SAFEGRID_SECRET_KEY_PREVIOUS: oldKey });
    // The processes run with both keys: the old secrets still open.
    expect(await logInWithCode(rolling, 'office-a')).toBe('session');
    expect(await rotateSecretKey(rolling, { newKeyFile: given })).toMatchObject({ resealed: 2, alreadyUnderNewKey: 0, keySource: 'environment' });
    // The previous key can go now.
    expect(await logInWithCode(configWith({ SAFEGRID_SECRET_KEY: keyText(8).trim() }), 'office-b')).toBe('session');
  });
});

describe('SAFEGRID_SECRET_KEY_PREVIOUS', () => {
  it('must be 32 bytes of base64 like the key itself', () => {
    expect(() => loadConfig({ SAFEGRID_SECRET_KEY_PREVIOUS: Buffer.alloc(16).toString('base64') })).toThrow(/SAFEGRID_SECRET_KEY_PREVIOUS must be 32 bytes/);
    expect(loadConfig({ SAFEGRID_SECRET_KEY_PREVIOUS: keyText(2).trim() }).secretKeyPrevious).toEqual(Buffer.alloc(32, 2));
  });
});
