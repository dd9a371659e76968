import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAesGcmSecretBox } from '@safegrid/adapters';
import { acceptSecondFactorCode, sealPlainTotpSecrets, type CoreDeps, type TotpEnrolment, type User } from '@safegrid/core';
import { describeEachStoreTarget, DISTRICT, openTestStores, testId, type TestStores } from '@safegrid/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { SECRET_KEY_FILE, serverSecretKey } from './secret-key.js';

const PLAIN = 'JBSWY3DPEHPK3PXP';

function user(username: string): User {
  return {
    id: testId(), districtCode: DISTRICT, username, displayName: username, role: 'district',
    scope: { regionCode: DISTRICT, gridIds: [], sectors: [], unitId: null }, phone: null, status: 'active',
    createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z',
  };
}

const enrolment = (userId: string, secret: string): TotpEnrolment => ({
  userId, districtCode: DISTRICT, secret, status: 'enabled', createdAt: '2026-03-02T02:00:00.000Z', enabledAt: '2026-03-02T02:01:00.000Z', lastUsedStep: null,
});

describeEachStoreTarget('TOTP secrets sealed at rest (ADR 0104)', (target) => {
  let world: TestStores;
  let accounts: User[];
  const key = Buffer.alloc(32, 7);
  const box = createAesGcmSecretBox(key);
  const sealDeps = (): Pick<CoreDeps, 'twoFactor' | 'secrets' | 'inTransaction'> => ({
    twoFactor: world.stores.twoFactor, secrets: box, inTransaction: (work) => work(world.stores),
  });

  beforeEach(async () => {
    world = await openTestStores(target);
    accounts = [user('office-a'), user('office-b')];
    for (const account of accounts) await world.stores.users.insert(account, 'hash');
  });
  afterEach(async () => world.dispose());

  it('seals rows stored plain before sealing, keeps sealed ones, and the code still matches', async () => {
    const [plainOne, sealedOne] = accounts as [User, User];
    await world.stores.twoFactor.save(enrolment(plainOne.id, PLAIN));
    const alreadySealed = box.seal('ALREADYSEALEDXYZ');
    await world.stores.twoFactor.save(enrolment(sealedOne.id, alreadySealed));

    expect(await sealPlainTotpSecrets(sealDeps())).toBe(1);
    expect(await sealPlainTotpSecrets(sealDeps())).toBe(0);

    const stored = await world.stores.twoFactor.find(plainOne.id);
    expect(stored?.secret).not.toContain(PLAIN);
    expect(box.open(stored?.secret ?? '')).toBe(PLAIN);
    expect((await world.stores.twoFactor.find(sealedOne.id))?.secret).toBe(alreadySealed);
    if (world.database) {
      const rows = await world.database.db.selectFrom('totpEnrolments').select('secret').execute();
      expect(rows.every((row) => box.isSealed(row.secret) && !row.secret.includes(PLAIN))).toBe(true);
    }
  });

  it('replaces a secret only from the value it was read as (two processes seal a row once)', async () => {
    const [account] = accounts as [User];
    await world.stores.twoFactor.save(enrolment(account.id, PLAIN));
    expect(await world.stores.twoFactor.replaceSecret(account.id, PLAIN, box.seal(PLAIN))).toBe(true);
    expect(await world.stores.twoFactor.replaceSecret(account.id, PLAIN, box.seal(PLAIN))).toBe(false);
  });

  it('refuses a code with a clear error when the stored secret was tampered with or the key changed', async () => {
    const [account] = accounts as [User];
    const sealed = box.seal(PLAIN);
    await world.stores.twoFactor.save(enrolment(account.id, `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`));
    const tampered = await world.stores.twoFactor.find(account.id);
    const services = { totp: { newSecret: () => '', keyUri: () => '', matchStep: () => 1, newRecoveryCode: () => '' }, tokens: { newToken: () => '', hashToken: (t: string) => t }, secrets: box };
    await expect(acceptSecondFactorCode(world.stores, services, tampered as TotpEnrolment, '123456', new Date())).rejects.toMatchObject({ code: 'two_factor.secret_unreadable' });

    await world.stores.twoFactor.save(enrolment(account.id, sealed));
    const otherKey = { ...services, secrets: createAesGcmSecretBox(Buffer.alloc(32, 9)) };
    await expect(acceptSecondFactorCode(world.stores, otherKey, (await world.stores.twoFactor.find(account.id)) as TotpEnrolment, '123456', new Date()))
      .rejects.toMatchObject({ code: 'two_factor.secret_unreadable' });
    expect(await acceptSecondFactorCode(world.stores, services, (await world.stores.twoFactor.find(account.id)) as TotpEnrolment, '123456', new Date())).toBe(true);
  });
});

describe('the server secret key (ADR 0104)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'safegrid-secret-key-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is made once in the data directory, readable by its owner only, and read back the same', () => {
    const config = loadConfig({ SAFEGRID_DATA_DIR: dataDir });
    const first = serverSecretKey(config);
    expect(first).toHaveLength(32);
    expect(statSync(join(dataDir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(serverSecretKey(config)).equals(Buffer.from(first))).toBe(true);
  });

  it('comes from SAFEGRID_SECRET_KEY when set, which must be 32 bytes of base64', () => {
    const key = Buffer.alloc(32, 3);
    expect(Buffer.from(serverSecretKey(loadConfig({ SAFEGRID_DATA_DIR: dataDir, SAFEGRID_SECRET_KEY: key.toString('base64') }))).equals(key)).toBe(true);
    expect(() => loadConfig({ SAFEGRID_DATA_DIR: dataDir, SAFEGRID_SECRET_KEY: Buffer.alloc(16).toString('base64') })).toThrow(ConfigError);
  });

  it('stops the start on a key file that others can read or that holds no 32-byte key', () => {
    writeFileSync(join(dataDir, SECRET_KEY_FILE), 'short\n', { mode: 0o600 });
    expect(() => serverSecretKey(loadConfig({ SAFEGRID_DATA_DIR: dataDir }))).toThrow(/32-byte key/);
    rmSync(join(dataDir, SECRET_KEY_FILE));
    writeFileSync(join(dataDir, SECRET_KEY_FILE), `${Buffer.alloc(32, 1).toString('base64')}\n`, { mode: 0o644 });
    expect(() => serverSecretKey(loadConfig({ SAFEGRID_DATA_DIR: dataDir }))).toThrow(/chmod 600/);
  });
});
