import type { Kysely, Selectable } from 'kysely';
import type { ApiKey, ApiKeyStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { ApiKeysTable } from '../database-schema-public-reports.js';
import { toIso, toIsoOrNull } from './row-values.js';

function toApiKey(row: Selectable<ApiKeysTable>): ApiKey {
  return {
    ...row, createdAt: toIso(row.createdAt), revokedAt: toIsoOrNull(row.revokedAt), lastUsedAt: toIsoOrNull(row.lastUsedAt),
    scopes: JSON.parse(row.scopes) as ApiKey['scopes'],
  };
}

/** Open311 client keys (ADR 0075). */
export function createApiKeyStore(db: Kysely<Database>): ApiKeyStore {
  return {
    async insert(key) {
      await db.insertInto('apiKeys').values({ ...key, scopes: JSON.stringify(key.scopes) }).execute();
    },
    async findByHash(keyHash) {
      const row = await db.selectFrom('apiKeys').selectAll().where('keyHash', '=', keyHash).executeTakeFirst();
      return row && toApiKey(row);
    },
    async list(districtCode) {
      const rows = await db.selectFrom('apiKeys').selectAll().where('districtCode', '=', districtCode).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toApiKey);
    },
    async findById(id, districtCode) {
      const row = await db.selectFrom('apiKeys').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toApiKey(row);
    },
    async revoke(id, districtCode, at) {
      const result = await db.updateTable('apiKeys').set({ revokedAt: at }).where('id', '=', id).where('districtCode', '=', districtCode).where('revokedAt', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async touch(id, at) {
      await db.updateTable('apiKeys').set({ lastUsedAt: at }).where('id', '=', id).execute();
    },
  };
}
