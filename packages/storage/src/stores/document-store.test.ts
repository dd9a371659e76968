import type { EnforcementDocument, Grid, ScopeFilter } from '@safegrid/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DISTRICT, HUTANG, LUOYANG, testId } from '../testing/fixtures.js';
import { openSmallWorldStores } from '../testing/rollup-world.js';
import { describeEachStoreTarget, type TestStores } from '../testing/test-stores.js';

const district: ScopeFilter = { districtCode: DISTRICT };
const town = (code: string): ScopeFilter => ({ districtCode: DISTRICT, regionCode: code });

function documentIn(grid: Grid, overrides: Partial<EnforcementDocument> = {}): EnforcementDocument {
  return {
    id: testId(), districtCode: DISTRICT, townCode: grid.townCode, villageCode: grid.villageCode, gridId: grid.id, sector: 'industry_trade',
    kind: 'rectification_order', number: '武应急责改〔2026〕第0001号', year: 2026, seq: 1, unitId: testId(), inspectionId: null, hazardIds: [],
    supersedesId: null, byteSize: 4, sha256: 'abcd', issuedBy: 'u1', issuedByName: '张敏', issuedAt: '2026-03-02T02:00:00.000Z', ...overrides,
  };
}

describeEachStoreTarget('document store', (target) => {
  let world: { stores: TestStores; grids: [Grid, Grid] };
  beforeEach(async () => {
    world = await openSmallWorldStores(target);
  });
  afterEach(async () => world.stores.dispose());

  it('numbers each district’s documents per kind and year, from 1', async () => {
    const { documents } = world.stores.stores;
    expect([await documents.nextSequence(DISTRICT, 'rectification_order', 2026), await documents.nextSequence(DISTRICT, 'rectification_order', 2026)]).toEqual([1, 2]);
    expect(await documents.nextSequence(DISTRICT, 'inspection_record', 2026)).toBe(1);
    expect(await documents.nextSequence(DISTRICT, 'rectification_order', 2027)).toBe(1);
    expect(await documents.nextSequence('320411', 'rectification_order', 2026)).toBe(1);
    expect(await documents.nextSequence(DISTRICT, 'rectification_order', 2026)).toBe(3);
  });

  it('keeps the bytes as given, finds documents by inspection or hazard inside the scope, and refuses a second use of a number', async () => {
    const { documents } = world.stores.stores;
    const [hutang, luoyang] = world.grids;
    const hazard = testId();
    const inspection = testId();
    const older = documentIn(hutang, { inspectionId: inspection, hazardIds: [hazard] });
    const newer = documentIn(hutang, { inspectionId: inspection, hazardIds: [hazard, testId()], seq: 2, number: '武应急责改〔2026〕第0002号' });
    const elsewhere = documentIn(luoyang, { seq: 3, number: '武应急责改〔2026〕第0003号', hazardIds: [hazard] });
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    for (const document of [older, newer, elsewhere]) await documents.insert(document, bytes);
    expect(await documents.readFile(older)).toEqual(bytes);
    expect((await documents.findById(newer.id, district))?.hazardIds.length).toBe(2);
    expect(await documents.findById(elsewhere.id, town(HUTANG))).toBeUndefined();
    expect((await documents.listFor(town(HUTANG), { inspectionId: inspection })).map((document) => document.id)).toEqual([newer.id, older.id]);
    expect((await documents.listFor(district, { hazardId: hazard })).map((document) => document.id)).toEqual([elsewhere.id, newer.id, older.id]);
    expect((await documents.listFor(town(LUOYANG), { hazardId: hazard })).map((document) => document.id)).toEqual([elsewhere.id]);
    await expect(documents.insert(documentIn(hutang, { seq: 2 }), bytes)).rejects.toThrow();
  });

  it('records officers’ 执法证号 and replaces them', async () => {
    const { documents } = world.stores.stores;
    await documents.setCertificate(DISTRICT, 'u1', '3204120001', '2026-03-02T02:00:00.000Z');
    await documents.setCertificate(DISTRICT, 'u1', '3204120009', '2026-03-03T02:00:00.000Z');
    await documents.setCertificate('320411', 'u2', '3204110002', '2026-03-03T02:00:00.000Z');
    expect(Object.fromEntries(await documents.certificatesOf(DISTRICT, ['u1', 'u2', 'u3']))).toEqual({ u1: '3204120009' });
  });
});
