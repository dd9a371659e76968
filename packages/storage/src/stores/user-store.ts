import { sql, type Kysely, type Selectable } from 'kysely';
import { OFFICE_ROLES, type SessionStore, type User, type UserStore } from '@safegrid/core';
import type { Database, UsersTable } from '../database-schema.js';
import { compiledLookup } from './compiled-lookup.js';
import { readJson, toIso, writeJson } from './row-values.js';
import { appendAudit } from '../audit/audit-chain.js';

export function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    districtCode: row.districtCode,
    username: row.username,
    displayName: row.displayName,
    role: row.role as User['role'],
    scope: {
      regionCode: row.regionCode,
      gridIds: readJson<string[]>(row.gridIds),
      sectors: readJson<User['scope']['sectors']>(row.sectors),
      unitId: row.unitId,
      ...(row.department ? { department: row.department as NonNullable<User['scope']['department']> } : {}),
    },
    phone: row.phone,
    ...(row.email ? { email: row.email } : {}),
    status: row.status as User['status'],
    ...(Number(row.mustChangePassword) === 1 ? { mustChangePassword: true } : {}),
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
  };
}

export function toUserRow(user: User, passwordHash: string, by: string | null = null) {
  return {
    id: user.id,
    districtCode: user.districtCode,
    username: user.username,
    displayName: user.displayName,
    passwordHash,
    role: user.role,
    regionCode: user.scope.regionCode,
    gridIds: writeJson(user.scope.gridIds),
    sectors: writeJson(user.scope.sectors),
    unitId: user.scope.unitId,
    // Only when set, so a database migrated to before ADR 0100 (migration tests) still takes the row.
    ...(user.scope.department ? { department: user.scope.department } : {}),
    phone: user.phone,
    email: user.email ?? null,
    status: user.status,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    mustChangePassword: user.mustChangePassword ? 1 : 0,
    updatedBy: by,
  };
}

export function createUserStore(db: Kysely<Database>): UserStore {
  // Every authenticated request reads its user: compiled once (compiled-lookup.ts).
  const userById = compiledLookup(db, (id) => db.selectFrom('users').selectAll().where('id', '=', id));
  return {
    async findById(id) {
      const row = await userById(id);
      return row && toUser(row);
    },
    async findCredentials(username) {
      const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return row && { user: toUser(row), passwordHash: row.passwordHash };
    },
    async insert(user, passwordHash, by) {
      await db.insertInto('users').values(toUserRow(user, passwordHash, by ?? null)).execute();
      await appendAudit(db, 'users', [user.id]);
    },
    async setPassword(userId, passwordHash, at, options = {}) {
      await db.updateTable('users')
        .set({ passwordHash, updatedAt: at, mustChangePassword: options.mustChange ? 1 : 0, updatedBy: options.by ?? null })
        .where('id', '=', userId)
        .execute();
      await appendAudit(db, 'users', [userId]);
    },
    async listByDistrict(districtCode) {
      const rows = await db.selectFrom('users').selectAll().where('districtCode', '=', districtCode).orderBy('username').execute();
      return rows.map(toUser);
    },
    async listNotifiable(districtCode, concern) {
      // The grid match reads the JSON array as text (`"<id>"` inside it) on both dialects: a superset
      // at worst (LIKE's `_`), which the notification rules then narrow exactly.
      const rows = await db.selectFrom('users').selectAll()
        .where('districtCode', '=', districtCode)
        .where('status', '=', 'active')
        .where((eb) => eb.or([
          eb('role', 'in', [...OFFICE_ROLES]),
          ...(concern.userIds.length > 0 ? [eb('id', 'in', [...concern.userIds])] : []),
          eb.and([eb('role', '=', 'grid_worker'), eb(sql<string>`cast(grid_ids as text)`, 'like', `%${JSON.stringify(concern.gridId)}%`)]),
        ]))
        .orderBy('username')
        .execute();
      return rows.map(toUser);
    },
    async setEmail(userId, email, at) {
      await db.updateTable('users').set({ email, updatedAt: at }).where('id', '=', userId).execute();
      await appendAudit(db, 'users', [userId]);
    },
    async update(user, by) {
      const { id, passwordHash: _unchanged, createdAt: _created, username: _name, districtCode: _district, ...values } = toUserRow(user, '', by);
      await db.updateTable('users').set({ ...values, department: user.scope.department ?? null }).where('id', '=', id).execute();
      await appendAudit(db, 'users', [id]);
    },
  };
}

export function createSessionStore(db: Kysely<Database>): SessionStore {
  // Every authenticated request reads its session: compiled once (compiled-lookup.ts).
  const sessionByTokenHash = compiledLookup(db, (tokenHash) => db.selectFrom('sessions').selectAll().where('tokenHash', '=', tokenHash));
  return {
    async insert(session) {
      await db.insertInto('sessions').values(session).execute();
    },
    async find(tokenHash) {
      const row = await sessionByTokenHash(tokenHash);
      return row && { ...row, createdAt: toIso(row.createdAt), expiresAt: toIso(row.expiresAt) };
    },
    async delete(tokenHash) {
      await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
    },
    async deleteForUser(userId, exceptTokenHash) {
      let query = db.deleteFrom('sessions').where('userId', '=', userId);
      if (exceptTokenHash !== undefined) query = query.where('tokenHash', '<>', exceptTokenHash);
      await query.execute();
    },
    async deleteExpired(districtCode, now) {
      const result = await db
        .deleteFrom('sessions')
        .where('expiresAt', '<=', now)
        .where('userId', 'in', db.selectFrom('users').select('id').where('districtCode', '=', districtCode))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
