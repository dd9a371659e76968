import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Hazard, ScopeFilter } from '@safegrid/core';
import { buildHazard, DISTRICT, HUTANG, LUOYANG, smallWorld } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const OTHER_DISTRICT = '320411';
const stamp = { updatedBy: 'office', updatedAt: '2026-12-07T02:00:00.000Z' };

describeEachStoreTarget('working calendar, notice steps and supervision stores', (target) => {
  let world: TestStores;
  let hazards: Hazard[];
  const { regions, grids } = smallWorld();
  const [hutang, luoyang] = grids as [typeof grids[number], typeof grids[number]];

  beforeEach(async () => {
    world = await openTestStores(target);
    await world.regions(regions, grids);
    hazards = [
      buildHazard(hutang, { status: 'assigned', deadline: '2026-12-04' }),
      buildHazard(hutang, { status: 'assigned', deadline: '2026-12-08' }),
      buildHazard(luoyang, { status: 'assigned', deadline: '2026-12-09', level: 'major' }),
      buildHazard(hutang, { status: 'submitted', deadline: '2026-12-01', submittedBy: 'u2' }),
      buildHazard(hutang, { status: 'reported', level: 'major' }),
    ];
    await world.hazards(hazards);
  });
  afterEach(async () => world.dispose());

  it('upserts national days and district days by date, each district apart, and removes district days', async () => {
    const { calendar } = world.stores;
    await calendar.putNational([{ date: '2027-02-05', working: false, name: '春节' }, { date: '2026-02-14', working: true, name: '春节调休上班' }]);
    await calendar.putNational([{ date: '2027-02-05', working: false, name: '春节（法定）' }]);
    await calendar.putDistrict([
      { districtCode: DISTRICT, date: '2027-02-10', working: false, name: '春节', ...stamp },
      { districtCode: DISTRICT, date: '2027-02-20', working: true, name: '春节调休上班', ...stamp },
      { districtCode: OTHER_DISTRICT, date: '2027-02-10', working: true, name: '本区上班', ...stamp },
    ]);
    await calendar.putDistrict([{ districtCode: DISTRICT, date: '2027-02-10', working: true, name: '改为上班', ...stamp }]);
    await calendar.removeDistrict(DISTRICT, ['2027-02-20', '2027-03-01']);

    expect(await calendar.listNational()).toEqual([
      { date: '2026-02-14', working: true, name: '春节调休上班' },
      { date: '2027-02-05', working: false, name: '春节（法定）' },
    ]);
    expect(await calendar.listDistrict(DISTRICT)).toEqual([{ districtCode: DISTRICT, date: '2027-02-10', working: true, name: '改为上班', ...stamp }]);
    expect((await calendar.listDistrict()).map((day) => day.districtCode).sort()).toEqual([OTHER_DISTRICT, DISTRICT].sort());
  });

  it('reads escalation candidates by deadline range and drops those past their last step for that deadline', async () => {
    const { hazardNotices } = world.stores;
    const ids = async (deadlineTo: string, afterId?: string, limit = 10) =>
      (await hazardNotices.listCandidates({ districtCode: DISTRICT, deadlineTo, afterId, limit })).map((hazard) => hazard.id);
    const [early, next, major] = hazards as [Hazard, Hazard, Hazard];
    expect(await ids('2026-12-08')).toEqual([early.id, next.id]);
    expect(await ids('2026-12-31')).toEqual([early.id, next.id, major.id]);
    expect(await ids('2026-12-31', early.id, 1)).toEqual([next.id]);
    expect(await hazardNotices.listCandidates({ districtCode: OTHER_DISTRICT, deadlineTo: '2026-12-31', limit: 10 })).toEqual([]);

    const step = { districtCode: DISTRICT, hazardId: early.id, deadline: '2026-12-04', takenAt: '2026-12-07T00:00:00.000Z' };
    expect(await hazardNotices.markTaken({ ...step, step: 'overdue' })).toBe(true);
    expect(await hazardNotices.markTaken({ ...step, step: 'overdue' })).toBe(false);
    expect(await ids('2026-12-31')).toEqual([early.id, next.id, major.id]);
    expect(await hazardNotices.markTaken({ ...step, step: 'escalate_district' })).toBe(true);
    // The last step for an OLD deadline does not drop a hazard whose deadline moved.
    expect(await hazardNotices.markTaken({ ...step, hazardId: next.id, deadline: '2026-12-01', step: 'escalate_district' })).toBe(true);
    expect(await ids('2026-12-31')).toEqual([next.id, major.id]);
    expect((await hazardNotices.listTaken(early.id, DISTRICT)).map((taken) => taken.step).sort()).toEqual(['escalate_district', 'overdue']);
  });

  it('keeps one supervision per hazard, delists once, and lists by scope, state and region', async () => {
    const { supervisions } = world.stores;
    const [, , major, , reported] = hazards as [Hazard, Hazard, Hazard, Hazard, Hazard];
    const row = (hazard: Hazard) => ({
      districtCode: DISTRICT, hazardId: hazard.id, supervisingDepartment: '区应急管理局', requiredBy: '2027-01-31',
      listedBy: 'office', listedByName: '区安委办', listedAt: '2026-12-07T02:00:00.000Z', delistedBy: null, delistedByName: null, delistedAt: null,
    });
    expect(await supervisions.insert(row(major))).toBe(true);
    expect(await supervisions.insert(row(major))).toBe(false);
    expect(await supervisions.insert(row(reported))).toBe(true);
    expect(await supervisions.delist({ hazardId: reported.id, districtCode: DISTRICT, by: 'office', byName: '区安委办', at: '2026-12-08T02:00:00.000Z' })).toBe(true);
    expect(await supervisions.delist({ hazardId: reported.id, districtCode: DISTRICT, by: 'office', byName: '区安委办', at: '2026-12-09T02:00:00.000Z' })).toBe(false);
    expect(await supervisions.find(reported.id, DISTRICT)).toMatchObject({ delistedAt: '2026-12-08T02:00:00.000Z', delistedByName: '区安委办' });

    const district: ScopeFilter = { districtCode: DISTRICT };
    const list = async (scope: ScopeFilter, filter = {}, limit = 10, cursor?: string) => supervisions.list(scope, filter, { limit, cursor });
    expect((await list(district)).items.map((item) => item.hazard.id)).toEqual([reported.id, major.id]);
    expect((await list(district, { active: true })).items.map((item) => item.supervision)).toEqual([row(major)]);
    expect((await list(district, { active: false })).items.map((item) => item.hazard.id)).toEqual([reported.id]);
    expect((await list(district, { regionCode: LUOYANG })).items.map((item) => item.hazard.id)).toEqual([major.id]);
    expect((await list({ districtCode: DISTRICT, regionCode: HUTANG })).items.map((item) => item.hazard.id)).toEqual([reported.id]);
    expect((await list({ districtCode: OTHER_DISTRICT })).items).toEqual([]);
    const first = await list(district, {}, 1);
    expect(first.nextCursor).toBe(reported.id);
    expect((await list(district, {}, 1, first.nextCursor ?? undefined)).items.map((item) => item.hazard)).toEqual([major]);
  });
});
