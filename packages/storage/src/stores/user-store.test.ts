import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore, User, UserStore } from '@safegrid/core';
import { createMemoryStores, createMemoryTables } from '@safegrid/core/testing';
import { createStores } from '../stores.js';
import { DISTRICT, testId } from '../testing/fixtures.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../testing/test-database.js';

function user(username: string, overrides: Partial<User> = {}): User {
  return {
    id: testId(), districtCode: DISTRICT, username, displayName: username, role: 'grid_worker',
    scope: { regionCode: DISTRICT, gridIds: ['g1'], sectors: [], unitId: null }, phone: null, status: 'active',
    createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z', ...overrides,
  };
}

// Account administration (ADR 0088) on each SQL dialect and on core's in-memory fake, so the fake cannot drift.
const targets = [...testDialects(), 'memory'] as const;

for (const target of targets) {
  describe(`user store: administration [${target}]`, () => {
    let database: TestDatabase | undefined;
    let users: UserStore;
    let sessions: SessionStore;

    beforeEach(async () => {
      if (target === 'memory') {
        ({ users, sessions } = createMemoryStores(createMemoryTables()));
        return;
      }
      database = await openTestDatabase(target);
      ({ users, sessions } = createStores(database.db, target));
    });
    afterEach(async () => database?.dispose());

    it('keeps a forced password change until the next set, and lists a district by username', async () => {
      const b = user('b.worker', { mustChangePassword: true });
      const a = user('a.worker');
      await users.insert(b, 'hash-1', 'office');
      await users.insert(a, 'hash-2');
      expect((await users.findById(b.id))?.mustChangePassword).toBe(true);
      expect((await users.findById(a.id))?.mustChangePassword).toBeUndefined();

      await users.setPassword(a.id, 'hash-3', '2026-03-02T00:00:00.000Z', { mustChange: true, by: 'office' });
      await users.setPassword(b.id, 'hash-4', '2026-03-02T00:00:00.000Z', { by: 'b.worker' });
      expect(await users.findCredentials('a.worker')).toMatchObject({ passwordHash: 'hash-3', user: { mustChangePassword: true, updatedAt: '2026-03-02T00:00:00.000Z' } });
      expect((await users.findCredentials('b.worker'))?.user.mustChangePassword).toBeUndefined();
      expect((await users.listByDistrict(DISTRICT)).map((listed) => listed.username)).toEqual(['a.worker', 'b.worker']);
    });

    it('lists who a hazard notification can reach: offices, the grid\'s workers and the named users, active only', async () => {
      const region = (code: string) => ({ regionCode: code, gridIds: [], sectors: [], unitId: null });
      const accounts = [
        user('district', { role: 'district', scope: region(DISTRICT) }),
        user('town', { role: 'town', scope: region('320412100') }),
        user('fire', { role: 'department', scope: { ...region(DISTRICT), sectors: ['fire'] } }),
        user('worker.g1', { scope: { ...region('320412100'), gridIds: ['g0', 'g1'] } }),
        user('worker.g10', { scope: { ...region('320412100'), gridIds: ['g10'] } }),
        user('worker.g1.off', { status: 'disabled' }),
        user('boss', { role: 'enterprise', scope: { ...region(DISTRICT), unitId: 'u1' } }),
        user('other.boss', { role: 'enterprise', scope: { ...region(DISTRICT), unitId: 'u2' } }),
        user('elsewhere', { districtCode: '320411', role: 'district', scope: region('320411') }),
      ];
      for (const account of accounts) await users.insert(account, 'hash');
      const boss = accounts[6] as User;
      const names = async (gridId: string, userIds: string[]) => (await users.listNotifiable(DISTRICT, { gridId, userIds })).map((listed) => listed.username);
      expect(await names('g1', [boss.id])).toEqual(['boss', 'district', 'fire', 'town', 'worker.g1']);
      expect(await names('g10', [])).toEqual(['district', 'fire', 'town', 'worker.g10']);
    });

    it('updates name, role, scope, phone and status but never the username, district or password', async () => {
      const original = user('c.worker');
      await users.insert(original, 'hash-1');
      await users.update({
        ...original, username: 'renamed', districtCode: '999999', displayName: '陈杰', role: 'department', phone: '13900001111', status: 'disabled',
        scope: { regionCode: '320412100', gridIds: [], sectors: ['fire'], unitId: null }, updatedAt: '2026-03-03T00:00:00.000Z',
      }, 'office');
      const stored = await users.findCredentials('c.worker');
      expect(stored?.passwordHash).toBe('hash-1');
      expect(stored?.user).toEqual({
        ...original, displayName: '陈杰', role: 'department', phone: '13900001111', status: 'disabled',
        scope: { regionCode: '320412100', gridIds: [], sectors: ['fire'], unitId: null }, updatedAt: '2026-03-03T00:00:00.000Z',
      });
    });

    it('keeps a department account’s explicit department, with or without sectors of its own, and clears it on update', async () => {
      const police = user('f.police', { role: 'department', scope: { regionCode: DISTRICT, gridIds: [], sectors: [], unitId: null, department: 'public_security' } });
      const housing = user('g.housing', { role: 'department', scope: { regionCode: DISTRICT, gridIds: [], sectors: ['construction'], unitId: null, department: 'housing' } });
      await users.insert(police, 'h');
      await users.insert(housing, 'h');
      expect((await users.findById(police.id))?.scope).toEqual({ regionCode: DISTRICT, gridIds: [], sectors: [], unitId: null, department: 'public_security' });
      expect((await users.findCredentials('g.housing'))?.user.scope.department).toBe('housing');
      await users.update({ ...police, role: 'grid_worker', scope: { regionCode: DISTRICT, gridIds: ['g1'], sectors: [], unitId: null } }, 'office');
      expect((await users.findById(police.id))?.scope).toEqual({ regionCode: DISTRICT, gridIds: ['g1'], sectors: [], unitId: null });
    });

    it('ends a user’s sessions except the one named', async () => {
      const owner = user('d.worker');
      const other = user('e.worker');
      await users.insert(owner, 'h');
      await users.insert(other, 'h');
      const session = (tokenHash: string, userId: string) => ({ tokenHash, userId, createdAt: '2026-03-01T00:00:00.000Z', expiresAt: '2026-03-09T00:00:00.000Z' });
      for (const [hash, id] of [['t1', owner.id], ['t2', owner.id], ['t3', owner.id], ['t4', other.id]] as const) await sessions.insert(session(hash, id));
      await sessions.deleteForUser(owner.id, 't2');
      expect([await sessions.find('t1'), await sessions.find('t3')]).toEqual([undefined, undefined]);
      expect((await sessions.find('t2'))?.userId).toBe(owner.id);
      expect((await sessions.find('t4'))?.userId).toBe(other.id);
      await sessions.deleteForUser(owner.id);
      expect(await sessions.find('t2')).toBeUndefined();
    });
  });
}
