import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DISTRICT, describeEachDialect, openTestDatabase, testId, type TestDatabase } from '@safegrid/storage/testing';
import { loadConfig, openPlatform, SECRET_KEY_FILE, type Config } from '@safegrid/platform';
import { afterEach, beforeEach, expect, it } from 'vitest';

/** The built CLI (apps/cli/dist/main.js; `npm test` builds first), run as an operator would. */
const CLI = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

describeEachDialect('safegrid secrets rotate-key, the built command (ADR 0109)', (dialect) => {
  let database: TestDatabase;
  let dataDir: string;
  let config: Config;
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'secrets', 'rotate-key', ...args], {
    cwd: dataDir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', SAFEGRID_DATA_DIR: dataDir, SAFEGRID_DATABASE_URL: database.url },
  });
  const storedSecrets = async () => (await database.db.selectFrom('totpEnrolments').select(['userId', 'secret']).orderBy('userId').execute()).map((row) => row.secret);

  beforeEach(async () => {
    database = await openTestDatabase(dialect, { onDisk: true });
    dataDir = mkdtempSync(join(tmpdir(), 'safegrid-cli-rotate-'));
    config = loadConfig({ SAFEGRID_DATA_DIR: dataDir, SAFEGRID_DATABASE_URL: database.url });
    const platform = await openPlatform(config, { migrate: false });
    try {
      for (const username of ['office-a', 'office-b']) {
        const id = testId();
        await platform.deps.users.insert({
          id, districtCode: DISTRICT, username, displayName: username, role: 'district',
          scope: { regionCode: DISTRICT, gridIds: [], sectors: [], unitId: null }, phone: null, status: 'active',
          createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z',
        }, 'hash');
        await platform.deps.twoFactor.save({
          userId: id, districtCode: DISTRICT, secret: platform.deps.secrets.seal(TOTP_SECRET), status: 'enabled',
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

  it('re-seals the secrets, installs a new 0600 key file, prints counts and never a key or a secret', async () => {
    const oldKey = readFileSync(join(dataDir, SECRET_KEY_FILE), 'utf8').trim();
    const before = await storedSecrets();
    const done = run();
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('re-sealed 2 two-step verification secret(s)');
    expect(done.stdout).toContain('已用新密钥重新加密 2 个两步验证密钥');
    const newKey = readFileSync(join(dataDir, SECRET_KEY_FILE), 'utf8').trim();
    expect(newKey).not.toBe(oldKey);
    expect(statSync(join(dataDir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    for (const text of [oldKey, newKey, TOTP_SECRET]) expect(done.stdout + done.stderr).not.toContain(text);
    expect((await storedSecrets()).some((secret) => before.includes(secret))).toBe(false);

    // Again: a new key, the same secrets opened with the one installed just now; --json for scripts.
    const again = run('--json');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ resealed: 2, alreadyUnderNewKey: 0, unreadable: [], keySource: 'file' });
  });

  it('fails with exit 1 naming the accounts and changes nothing when the current key cannot open a secret', async () => {
    await database.db.updateTable('totpEnrolments').set({ secret: 'aesgcm1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }).execute();
    const before = await storedSecrets();
    const keyBefore = readFileSync(join(dataDir, SECRET_KEY_FILE), 'utf8');
    const refused = run();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('refused (secrets.unreadable)');
    expect(refused.stderr).toContain('office-a, office-b');
    expect(await storedSecrets()).toEqual(before);
    expect(readFileSync(join(dataDir, SECRET_KEY_FILE), 'utf8')).toBe(keyBefore);

    const skipped = run('--skip-unreadable');
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toContain('office-a, office-b');
    expect(skipped.stdout).toContain('re-sealed 0');
    expect(await storedSecrets()).toEqual(before);
  });

  it('is listed in the help and refuses an unknown subcommand as a usage error', () => {
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('safegrid secrets rotate-key [--new-key-file FILE] [--skip-unreadable]');
    const wrong = spawnSync(process.execPath, [CLI, 'secrets', 'rotate'], { cwd: dataDir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', SAFEGRID_DATA_DIR: dataDir } });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('rotate-key');
  });
});
