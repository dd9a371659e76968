import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DutyHandover, DutyShift } from '@safegrid/core';
import { DISTRICT, HUTANG, LUOYANG, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const shift = (regionCode: string, date: string, kind: DutyShift['kind'], districtCode = DISTRICT): DutyShift => ({
  id: testId(), districtCode, regionCode, date, kind, leader: { userId: null, name: '李', phone: '138' }, officer: { userId: 'u1', name: '王', phone: '139' },
  note: '', swaps: [], updatedBy: 'u1', updatedAt: '2026-03-01T00:00:00.000Z', version: 1,
});

describeEachStoreTarget('duty store', (target) => {
  let world: TestStores;
  const shifts: DutyShift[] = [];
  beforeEach(async () => {
    world = await openTestStores(target);
    shifts.length = 0;
    shifts.push(shift(HUTANG, '2026-03-02', 'night'), shift(HUTANG, '2026-03-02', 'day'), shift(LUOYANG, '2026-03-02', 'full_day'), shift(HUTANG, '2026-03-05', 'day'), shift('320411100', '2026-03-02', 'day', '320411'));
    for (const row of shifts) await world.stores.duty.insertShift(row);
  });
  afterEach(async () => world.dispose());

  it('lists shifts by district, regions and dates in date and kind order, and refuses a second shift of a kind on a date', async () => {
    const ids = (rows: DutyShift[]) => rows.map((row) => `${row.regionCode}/${row.date}/${row.kind}`);
    expect(ids(await world.stores.duty.listShifts(DISTRICT, undefined, '2026-03-02', '2026-03-04'))).toEqual([`${HUTANG}/2026-03-02/day`, `${HUTANG}/2026-03-02/night`, `${LUOYANG}/2026-03-02/full_day`]);
    expect(ids(await world.stores.duty.listShifts(DISTRICT, [HUTANG], '2026-03-01', '2026-03-31'))).toEqual([`${HUTANG}/2026-03-02/day`, `${HUTANG}/2026-03-02/night`, `${HUTANG}/2026-03-05/day`]);
    expect(await world.stores.duty.listShifts(DISTRICT, [], '2026-03-01', '2026-03-31')).toEqual([]);
    expect(await world.stores.duty.findShiftAt(DISTRICT, HUTANG, '2026-03-02', 'night')).toEqual(shifts[0]);
    await expect(world.stores.duty.insertShift({ ...shift(HUTANG, '2026-03-02', 'day') })).rejects.toMatchObject({ code: 'storage.duplicate' });
  });

  it('updates with a version check, deletes within the district, and reads JSON people and swaps back', async () => {
    const first = shifts[0] as DutyShift;
    const swapped = { ...first, officer: { userId: null, name: '赵', phone: '' }, swaps: [{ at: '2026-03-02T01:00:00.000Z', byName: '镇', reason: '病假', role: 'officer' as const, from: '王', to: '赵' }], version: 2 };
    expect(await world.stores.duty.updateShift(swapped, 1)).toBe(true);
    expect(await world.stores.duty.updateShift({ ...swapped, version: 3 }, 1)).toBe(false);
    expect(await world.stores.duty.findShift(first.id, DISTRICT)).toEqual(swapped);
    await world.stores.duty.deleteShift(first.id, '320411');
    expect(await world.stores.duty.findShift(first.id, DISTRICT)).toBeDefined();
    await world.stores.duty.deleteShift(first.id, DISTRICT);
    expect(await world.stores.duty.findShift(first.id, DISTRICT)).toBeUndefined();
  });

  it('keeps handovers newest first per region and takes one acknowledgement', async () => {
    const handover = (writtenAt: string, regionCode = HUTANG): DutyHandover => ({
      id: testId(), districtCode: DISTRICT, regionCode, writtenBy: 'u1', writtenByName: '王', writtenAt, openIncidents: [{ id: 'i1', unitName: '某厂', grade: 'larger' }],
      warnings: '', notes: '无', acknowledgedBy: null, acknowledgedByName: null, acknowledgedAt: null,
    });
    const older = handover('2026-03-02T00:00:00.000Z');
    const newer = handover('2026-03-02T10:00:00.000Z');
    for (const row of [older, newer, handover('2026-03-02T11:00:00.000Z', LUOYANG)]) await world.stores.duty.insertHandover(row);
    expect((await world.stores.duty.listHandovers(DISTRICT, HUTANG, 10)).map((row) => row.id)).toEqual([newer.id, older.id]);
    expect((await world.stores.duty.listHandovers(DISTRICT, HUTANG, 1)).map((row) => row.id)).toEqual([newer.id]);
    const acknowledged = { ...older, acknowledgedBy: 'u2', acknowledgedByName: '赵', acknowledgedAt: '2026-03-02T00:30:00.000Z' };
    expect(await world.stores.duty.acknowledgeHandover(acknowledged)).toBe(true);
    expect(await world.stores.duty.acknowledgeHandover({ ...acknowledged, acknowledgedByName: '钱' })).toBe(false);
    expect(await world.stores.duty.findHandover(older.id, DISTRICT)).toEqual(acknowledged);
  });
});
