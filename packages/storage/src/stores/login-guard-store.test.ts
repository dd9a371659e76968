import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoginGuardStore, User, UserStore } from '@safegrid/core';
import { createMemoryStores, createMemoryTables } from '@safegrid/core/testing';
import { createStores } from '../stores.js';
import { DISTRICT, testId } from '../testing/fixtures.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../testing/test-database.js';

function user(username: string, districtCode = DISTRICT): User {
  return {
    id: testId(), districtCode, username, displayName: username, role: 'grid_worker',
    scope: { regionCode: districtCode, gridIds: [], sectors: [], unitId: null }, phone: null, status: 'active',
    createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z',
  };
}

// The same cases on each SQL dialect and on core's in-memory fake, so the fake cannot drift.
const targets = [...testDialects(), 'memory'] as const;

for (const target of targets) {
  describe(`login guard store [${target}]`, () => {
    let database: TestDatabase | undefined;
    let logins: LoginGuardStore;
    let users: UserStore;

    beforeEach(async () => {
      if (target === 'memory') {
        ({ logins, users } = createMemoryStores(createMemoryTables()));
        return;
      }
      database = await openTestDatabase(target);
      ({ logins, users } = createStores(database.db, target));
    });
    afterEach(async () => database?.dispose());

    it('counts attempts per key and window, and forgets old windows once a new one starts', async () => {
      const counts = [];
      for (let attempt = 0; attempt < 3; attempt += 1) counts.push(await logins.countAttempt('ip:10.0.0.1', '2026-03-02T02:00:00.000Z', '2026-03-02T01:59:00.000Z'));
      counts.push(await logins.countAttempt('user:a', '2026-03-02T02:00:00.000Z', '2026-03-02T01:59:00.000Z'));
      counts.push(await logins.countAttempt('ip:10.0.0.1', '2026-03-02T02:01:00.000Z', '2026-03-02T02:00:00.000Z'));
      counts.push(await logins.countAttempt('user:a', '2026-03-02T02:02:00.000Z', '2026-03-02T02:01:00.000Z'));
      counts.push(await logins.countAttempt('ip:10.0.0.1', '2026-03-02T02:00:00.000Z', '2026-03-02T01:59:00.000Z'));

      expect(counts).toEqual([1, 2, 3, 1, 1, 1, 1]);
    });

    it('counts concurrent attempts exactly', async () => {
      const counts = await Promise.all(Array.from({ length: 8 }, () => logins.countAttempt('user:b', '2026-03-02T02:00:00.000Z', '2026-03-02T01:59:00.000Z')));
      expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('adds consecutive failures, restarts after old ones, locks and clears', async () => {
      const first = await logins.addFailure('somebody', '2026-03-02T02:00:00.000Z', '2026-03-01T02:00:00.000Z');
      const second = await logins.addFailure('somebody', '2026-03-02T02:00:01.000Z', '2026-03-01T02:00:01.000Z');
      const muchLater = await logins.addFailure('somebody', '2026-03-05T02:00:00.000Z', '2026-03-04T02:00:00.000Z');
      await logins.lock('somebody', '2026-03-05T02:15:00.000Z');
      const locked = await logins.findFailures('somebody');
      await logins.clearFailures('somebody');

      expect([first, second, muchLater]).toEqual([1, 2, 1]);
      expect(locked).toEqual({ username: 'somebody', failedCount: 0, lastFailedAt: '2026-03-05T02:00:00.000Z', lockedUntil: '2026-03-05T02:15:00.000Z' });
      expect(await logins.findFailures('somebody')).toBeUndefined();
    });

    it('lists the accounts of one district locked now, and their lock history', async () => {
      const locked = user('locked-one');
      const expired = user('expired-one');
      const elsewhere = user('elsewhere-one', '320411');
      for (const account of [locked, expired, elsewhere]) {
        await users.insert(account, 'hash');
        await logins.addFailure(account.username, '2026-03-02T02:00:00.000Z', '2026-03-01T02:00:00.000Z');
      }
      await logins.addFailure('unknown-name', '2026-03-02T02:00:00.000Z', '2026-03-01T02:00:00.000Z');
      for (const name of [locked.username, elsewhere.username, 'unknown-name']) await logins.lock(name, '2026-03-02T02:15:00.000Z');
      await logins.lock(expired.username, '2026-03-02T02:05:00.000Z');
      const event = {
        id: testId(), districtCode: DISTRICT, userId: locked.id, kind: 'locked' as const, at: '2026-03-02T02:00:00.000Z',
        lockedUntil: '2026-03-02T02:15:00.000Z', actorUserId: null, actorUsername: null,
      };
      await logins.appendLockEvent(event);

      expect(await logins.listLocked(DISTRICT, '2026-03-02T02:10:00.000Z')).toEqual([{ user: locked, lockedUntil: '2026-03-02T02:15:00.000Z' }]);
      expect(await logins.listLockEvents(locked.id)).toEqual([event]);
    });
  });
}
