import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Warning, WarningRecipient } from '@safegrid/core';
import { DISTRICT, HUTANG, LUOYANG, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const warning = (createdAt: string, districtCode = DISTRICT): Warning => ({
  id: testId(), districtCode, kind: 'gale', colour: 'orange', townCodes: [HUTANG], startsAt: '2026-03-02T00:00:00.000Z', endsAt: '2026-03-03T00:00:00.000Z',
  actions: '停止高处作业', addressees: { towns: true, departments: ['housing'], gridWorkers: true, enterpriseTags: ['dust'], enterpriseSectors: ['construction'] },
  status: 'in_force', events: [{ kind: 'issued', at: createdAt, byName: '区安委办', colour: 'orange', note: '' }], remindedAt: null,
  issuedBy: 'u0', issuedByName: '区安委办', createdAt, version: 1,
});
const recipient = (item: Warning, userId: string, townCode: string): WarningRecipient => ({ warningId: item.id, districtCode: item.districtCode, userId, displayName: userId, role: 'grid_worker', townCode, acknowledgedAt: null });

describeEachStoreTarget('warning store', (target) => {
  let world: TestStores;
  beforeEach(async () => {
    world = await openTestStores(target);
  });
  afterEach(async () => world.dispose());

  it('stores a warning with its addressees, lists newest first, and reads an account’s warnings with its own row', async () => {
    const older = warning('2026-03-02T00:00:00.000Z');
    const newer = warning('2026-03-02T01:00:00.000Z');
    const other = warning('2026-03-02T02:00:00.000Z', '320411');
    await world.stores.warnings.insert(older, [recipient(older, 'u1', HUTANG), recipient(older, 'u2', LUOYANG)]);
    await world.stores.warnings.insert(newer, [recipient(newer, 'u1', HUTANG)]);
    await world.stores.warnings.insert(other, [recipient(other, 'u1', '320411100')]);
    expect(await world.stores.warnings.findById(older.id, DISTRICT)).toEqual(older);
    expect(await world.stores.warnings.findById(older.id, '320411')).toBeUndefined();
    expect((await world.stores.warnings.list(DISTRICT, 10)).map((row) => row.id)).toEqual([newer.id, older.id]);
    expect((await world.stores.warnings.listRecipients(older.id, DISTRICT)).map((row) => row.userId)).toEqual(['u1', 'u2']);
    expect(await world.stores.warnings.listForRecipient('u1', DISTRICT, 10)).toEqual([{ warning: newer, recipient: recipient(newer, 'u1', HUTANG) }, { warning: older, recipient: recipient(older, 'u1', HUTANG) }]);
  });

  it('takes one acknowledgement per account and updates with a version check', async () => {
    const item = warning('2026-03-02T00:00:00.000Z');
    await world.stores.warnings.insert(item, [recipient(item, 'u1', HUTANG)]);
    expect(await world.stores.warnings.acknowledge(item.id, DISTRICT, 'u1', '2026-03-02T00:10:00.000Z')).toBe(true);
    expect(await world.stores.warnings.acknowledge(item.id, DISTRICT, 'u1', '2026-03-02T00:20:00.000Z')).toBe(false);
    expect(await world.stores.warnings.acknowledge(item.id, DISTRICT, 'u9', '2026-03-02T00:20:00.000Z')).toBe(false);
    expect((await world.stores.warnings.listRecipients(item.id, DISTRICT))[0]?.acknowledgedAt).toBe('2026-03-02T00:10:00.000Z');
    const lifted = { ...item, status: 'lifted' as const, version: 2 };
    expect(await world.stores.warnings.update(lifted, 1)).toBe(true);
    expect(await world.stores.warnings.update({ ...lifted, version: 3 }, 1)).toBe(false);
    expect(await world.stores.warnings.findById(item.id, DISTRICT)).toEqual(lifted);
  });
});
