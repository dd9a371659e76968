import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, openPlatform, type Config } from '@safegrid/platform';
import { BUILT_IN_CHECKLISTS, logIn, type LogInResult } from '@safegrid/core';
import { createBulkLoader } from '@safegrid/storage';
import { smallWorld } from '@safegrid/storage/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutput } from '../output.js';
import { backupCommand, defaultBackupFile, restoreCommand } from './backup.js';
import { migrateCommand } from './migrate.js';
import { demoCommand } from './seed-demo.js';
import { userAddCommand, userPasswdCommand, userUnlockCommand } from './user-commands.js';

describe('CLI commands on a real SQLite file', () => {
  let dataDir: string;
  let config: Config;
  const output = createOutput({ json: true, interactive: false });

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'safegrid-cli-test-'));
    config = loadConfig({ SAFEGRID_DATA_DIR: dataDir });
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, seeds a small demo district, and refuses to seed twice', async () => {
    await migrateCommand(config, output);
    await demoCommand(config, output, { units: 400, hazards: 1500, seed: 7 });
    const platform = await openPlatform(config);
    try {
      const count = async (table: string) =>
        Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(platform.database.db)).rows[0]?.n);
      expect(await count('units')).toBe(400);
      // The campaign's inspections found more hazards, each linked to its inspection and item.
      expect((await count('hazards')) - (await count('inspection_findings'))).toBe(1500);
      expect(await count('inspections')).toBeGreaterThan(0);
      expect(await count('checklists')).toBe(BUILT_IN_CHECKLISTS.length);
      expect(await count('campaigns')).toBe(2);
      expect(await count('unit_risks')).toBe(400);
      const violations = await sql`pragma foreign_key_check`.execute(platform.database.db);
      expect(violations.rows).toEqual([]);
      const admin = await logIn(platform.deps, { username: 'admin', password: 'safegrid-demo' }) as LogInResult | null;
      expect(admin?.user.role).toBe('district');
    } finally {
      await platform.close();
    }
    await expect(demoCommand(config, output, { units: 10, hazards: 10 })).rejects.toThrow(/not empty/);
  });

  it('adds a user and changes their password, ending their sessions', async () => {
    await demoCommand(config, output, { units: 200, hazards: 100 });
    await userAddCommand(config, output, { username: 'luoyang2', role: 'town', region: '320412103', name: '洛阳镇安监办', password: 'first-password' });
    const platform = await openPlatform(config);
    try {
      const first = await logIn(platform.deps, { username: 'luoyang2', password: 'first-password' }) as LogInResult | null;
      expect(first?.user.scope.regionCode).toBe('320412103');
      await userPasswdCommand(config, output, { username: 'luoyang2', password: 'second-password' });
      expect(await platform.deps.sessions.find(platform.deps.tokens.hashToken(first?.token ?? ''))).toBeUndefined();
      expect(await logIn(platform.deps, { username: 'luoyang2', password: 'first-password' })).toBeNull();
      expect(await logIn(platform.deps, { username: 'luoyang2', password: 'second-password' })).not.toBeNull();
    } finally {
      await platform.close();
    }
  });

  it('unlocks an account locked after wrong passwords, and records the unlock', async () => {
    const platform = await openPlatform(config);
    try {
      const world = smallWorld();
      await createBulkLoader(platform.database).regions(world.regions, world.grids);
    } finally {
      await platform.close();
    }
    await userAddCommand(config, output, { username: 'locked1', role: 'district', password: 'right-password' });
    const locked = await openPlatform(config);
    try {
      for (let attempt = 0; attempt < 5; attempt += 1) await logIn(locked.deps, { username: 'locked1', password: 'wrong-password' }).catch(() => null);
      await expect(logIn(locked.deps, { username: 'locked1', password: 'right-password' })).rejects.toMatchObject({ code: 'auth.account_locked' });
    } finally {
      await locked.close();
    }

    await userUnlockCommand(config, output, { username: 'locked1' });

    const after = await openPlatform(config);
    try {
      expect(await logIn(after.deps, { username: 'locked1', password: 'right-password' })).not.toBeNull();
      const user = await after.deps.users.findCredentials('locked1');
      expect((await after.deps.logins.listLockEvents(user?.user.id ?? '')).map((event) => [event.kind, event.actorUsername])).toEqual([['locked', null], ['unlocked', 'system']]);
    } finally {
      await after.close();
    }
    await expect(userUnlockCommand(config, output, { username: 'nobody' })).rejects.toMatchObject({ code: 'user.not_found' });
  });

  it('refuses a town account whose region is not a town, naming the field', async () => {
    await demoCommand(config, output, { units: 200, hazards: 100 });
    await expect(userAddCommand(config, output, { username: 'bad', role: 'town', region: '320412', password: 'long-enough' })).rejects.toMatchObject({
      fields: [{ path: '/regionCode', code: 'town_required' }],
    });
  });

  it('backs up to the default file and restores into another data directory, refusing to overwrite without --force', async () => {
    await demoCommand(config, output, { units: 200, hazards: 100, seed: 3 });
    const now = new Date('2026-12-07T05:45:00.123Z');
    const file = defaultBackupFile(config, now);
    expect(file).toBe(join(dataDir, 'backups', 'safegrid-20261207T054500Z.db'));
    await backupCommand(config, output, { environment: {}, now });
    expect(existsSync(file)).toBe(true);
    const otherDir = mkdtempSync(join(tmpdir(), 'safegrid-cli-restore-'));
    try {
      const other = loadConfig({ SAFEGRID_DATA_DIR: otherDir });
      await restoreCommand(other, output, { file, environment: {} });
      const counts = async (target: Config) => {
        const platform = await openPlatform(target);
        try {
          const rows = await sql<{ units: number; hazards: number; events: number }>`
            select (select count(*) from units) as units, (select count(*) from hazards) as hazards, (select count(*) from hazard_events) as events`.execute(platform.database.db);
          return rows.rows[0];
        } finally {
          await platform.close();
        }
      };
      expect(await counts(other)).toEqual(await counts(config));
      await expect(restoreCommand(other, output, { file, environment: {} })).rejects.toMatchObject({ code: 'restore.target_in_use' });
      await restoreCommand(other, output, { file, force: true, environment: {} });
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
