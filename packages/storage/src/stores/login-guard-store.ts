import { sql, type Kysely, type Selectable } from 'kysely';
import type { AccountLockEvent, LoginFailures, LoginGuardStore } from '@safegrid/core';
import type { AccountLockEventsTable, Database, LoginFailuresTable } from '../database-schema.js';
import { toIso, toIsoOrNull } from './row-values.js';
import { toUser } from './user-store.js';
import { appendAudit } from '../audit/audit-chain.js';

function toFailures(row: Selectable<LoginFailuresTable>): LoginFailures {
  return { username: row.username, failedCount: row.failedCount, lastFailedAt: toIso(row.lastFailedAt), lockedUntil: toIsoOrNull(row.lockedUntil) };
}

function toLockEvent(row: Selectable<AccountLockEventsTable>): AccountLockEvent {
  return {
    id: row.id, districtCode: row.districtCode, userId: row.userId, kind: row.kind as AccountLockEvent['kind'], at: toIso(row.at),
    lockedUntil: toIsoOrNull(row.lockedUntil), actorUserId: row.actorUserId, actorUsername: row.actorUsername,
  };
}

/**
 * Log-in counters in the database (ADR 0059). Each count is one upsert that adds one and returns
 * the new value, so two API processes counting the same key at once both see the sum: the row
 * lock (PostgreSQL) or the single writer (SQLite) orders them.
 */
export function createLoginGuardStore(db: Kysely<Database>): LoginGuardStore {
  return {
    async countAttempt(key, windowStart, forgetBefore) {
      const { attempts } = await db
        .insertInto('loginAttempts')
        .values({ key, windowStart, attempts: 1 })
        .onConflict((conflict) => conflict.columns(['key', 'windowStart']).doUpdateSet({ attempts: sql<number>`login_attempts.attempts + 1` }))
        .returning('attempts')
        .executeTakeFirstOrThrow();
      // The first attempt of a key in a window sweeps windows nobody reads any more.
      if (attempts === 1) await db.deleteFrom('loginAttempts').where('windowStart', '<', forgetBefore).execute();
      return attempts;
    },
    async findFailures(username) {
      const row = await db.selectFrom('loginFailures').selectAll().where('username', '=', username).executeTakeFirst();
      return row && toFailures(row);
    },
    async addFailure(username, at, restartBefore) {
      const { failedCount } = await db
        .insertInto('loginFailures')
        .values({ username, failedCount: 1, lastFailedAt: at, lockedUntil: null })
        .onConflict((conflict) => conflict.column('username').doUpdateSet({
          failedCount: sql<number>`case when login_failures.last_failed_at >= ${restartBefore} then login_failures.failed_count + 1 else 1 end`,
          lastFailedAt: at,
        }))
        .returning('failedCount')
        .executeTakeFirstOrThrow();
      return failedCount;
    },
    async lock(username, lockedUntil) {
      await db.updateTable('loginFailures').set({ failedCount: 0, lockedUntil }).where('username', '=', username).execute();
    },
    async clearFailures(username) {
      await db.deleteFrom('loginFailures').where('username', '=', username).execute();
    },
    async appendLockEvent(event) {
      await db.insertInto('accountLockEvents').values(event).execute();
      await appendAudit(db, 'account_lock_events', [event.id]);
    },
    async listLockEvents(userId) {
      const rows = await db.selectFrom('accountLockEvents').selectAll().where('userId', '=', userId).orderBy('at').orderBy('id').execute();
      return rows.map(toLockEvent);
    },
    async listLocked(districtCode, now) {
      const rows = await db
        .selectFrom('users')
        .innerJoin('loginFailures', 'loginFailures.username', 'users.username')
        .selectAll('users')
        .select('loginFailures.lockedUntil as lockedUntil')
        .where('users.districtCode', '=', districtCode)
        .where('loginFailures.lockedUntil', '>', now)
        .orderBy('users.username')
        .execute();
      return rows.map(({ lockedUntil, ...user }) => ({ user: toUser(user), lockedUntil: toIso(lockedUntil as string | Date) }));
    },
  };
}
