import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ApiKey } from '@safegrid/core';
import { DISTRICT, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const key = (overrides: Partial<ApiKey> = {}): ApiKey => ({
  id: testId(), districtCode: DISTRICT, name: '12345热线', keyHash: `hash-${testId()}`, prefix: 'sg311_abcd', requestsPerHour: 600,
  createdAt: '2026-03-02T01:00:00.000Z', createdBy: 'admin', revokedAt: null, lastUsedAt: null, scopes: ['open311.submit'], ...overrides,
});

describeEachStoreTarget('api key store', (target) => {
  let world: TestStores;
  beforeEach(async () => {
    world = await openTestStores(target);
  });
  afterEach(async () => world.dispose());

  it('finds keys by hash, lists a district newest first, revokes once and records use', async () => {
    const { apiKeys } = world.stores;
    const older = key({ createdAt: '2026-03-01T01:00:00.000Z' });
    const newer = key({ scopes: ['open311.submit', 'data.read'] });
    const elsewhere = key({ districtCode: '320411' });
    for (const row of [older, newer, elsewhere]) await apiKeys.insert(row);
    expect(await apiKeys.findByHash(newer.keyHash)).toEqual(newer);
    expect(await apiKeys.findByHash('nothing')).toBeUndefined();
    expect((await apiKeys.list(DISTRICT)).map((row) => row.id)).toEqual([newer.id, older.id]);
    expect(await apiKeys.findById(elsewhere.id, DISTRICT)).toBeUndefined();
    expect(await apiKeys.revoke(older.id, DISTRICT, '2026-03-02T02:00:00.000Z')).toBe(true);
    expect(await apiKeys.revoke(older.id, DISTRICT, '2026-03-02T03:00:00.000Z')).toBe(false);
    expect(await apiKeys.revoke(elsewhere.id, DISTRICT, '2026-03-02T03:00:00.000Z')).toBe(false);
    expect((await apiKeys.findById(older.id, DISTRICT))?.revokedAt).toBe('2026-03-02T02:00:00.000Z');
    await apiKeys.touch(newer.id, '2026-03-02T04:00:00.000Z');
    expect((await apiKeys.findById(newer.id, DISTRICT))?.lastUsedAt).toBe('2026-03-02T04:00:00.000Z');
    await expect(apiKeys.insert(key({ keyHash: newer.keyHash }))).rejects.toMatchObject({ code: 'storage.duplicate' });
  });
});
