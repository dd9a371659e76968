import type { ApiKey, ApiKeyStore } from '../api-keys/api-key.js';
import { DomainError } from '../shared/domain-error.js';

export interface MemoryApiKeyTables {
  apiKeys: Map<string, ApiKey>;
}

/** API keys over a map, with the storage rules: unique id and hash. */
export function createMemoryApiKeyStore(tables: MemoryApiKeyTables): ApiKeyStore {
  return {
    async insert(key) {
      if (tables.apiKeys.has(key.id) || [...tables.apiKeys.values()].some((row) => row.keyHash === key.keyHash)) {
        throw new DomainError('conflict', 'storage.duplicate', 'A record with the same key already exists.');
      }
      tables.apiKeys.set(key.id, key);
    },
    findByHash: async (keyHash) => [...tables.apiKeys.values()].find((key) => key.keyHash === keyHash),
    list: async (districtCode) => [...tables.apiKeys.values()].filter((key) => key.districtCode === districtCode).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)),
    async findById(id, districtCode) {
      const key = tables.apiKeys.get(id);
      return key?.districtCode === districtCode ? key : undefined;
    },
    async revoke(id, districtCode, at) {
      const key = tables.apiKeys.get(id);
      if (key?.districtCode !== districtCode || key.revokedAt) return false;
      tables.apiKeys.set(id, { ...key, revokedAt: at });
      return true;
    },
    async touch(id, at) {
      const key = tables.apiKeys.get(id);
      if (key) tables.apiKeys.set(id, { ...key, lastUsedAt: at });
    },
  };
}
