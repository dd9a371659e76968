import type { Kysely } from 'kysely';
import type { IdempotencyStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { toIso } from './row-values.js';

export function createIdempotencyStore(db: Kysely<Database>): IdempotencyStore {
  return {
    async find(userId, key) {
      const row = await db.selectFrom('idempotencyKeys').selectAll().where('userId', '=', userId).where('key', '=', key).executeTakeFirst();
      return row && { ...row, createdAt: toIso(row.createdAt) };
    },
    async save(record) {
      await db.insertInto('idempotencyKeys').values(record).execute();
    },
  };
}
