import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { getHazardSupervision, listSupervisions } from './read-supervisions.js';
import { superviseHazard, unsuperviseHazard } from './supervise-hazard.js';

const listing = { supervisingDepartment: '区应急管理局', requiredBy: '2026-04-30' };

describe('挂牌督办', () => {
  it('lists an open major hazard (district office), shows it on the 督办 list and the timeline', async () => {
    const deps = createInMemoryDeps();
    const office = deps.given.user('district');
    const hazard = deps.given.hazard({ level: 'major', status: 'assigned', deadline: '2026-04-20' });
    const supervision = await superviseHazard(deps, office, { hazardId: hazard.id, ...listing });
    expect(supervision).toMatchObject({ hazardId: hazard.id, supervisingDepartment: '区应急管理局', requiredBy: '2026-04-30', listedBy: office.userId, delistedAt: null });
    expect(await getHazardSupervision(deps, office, hazard.id)).toEqual(supervision);
    const events = deps.tables.hazardEvents.filter((event) => event.hazardId === hazard.id);
    expect(events).toMatchObject([{ action: 'supervise', fromStatus: 'assigned', toStatus: 'assigned', details: { supervisingDepartment: '区应急管理局', requiredBy: '2026-04-30', listedBy: office.displayName } }]);
    const page = await listSupervisions(deps, office, { active: true }, { limit: 20 });
    expect(page.items.map((item) => item.hazard.id)).toEqual([hazard.id]);
    expect(page.items[0]?.hazard.workingDaysLeft).toBe(35);
  });

  it('shows a town only its own supervised hazards', async () => {
    const deps = createInMemoryDeps();
    const office = deps.given.user('district');
    const mine = deps.given.hazard({ level: 'major' });
    const other = deps.given.hazard({ level: 'major', town: LUOYANG });
    await superviseHazard(deps, office, { hazardId: mine.id, ...listing });
    await superviseHazard(deps, office, { hazardId: other.id, ...listing });
    const town = deps.given.user('town', { town: HUTANG });
    expect((await listSupervisions(deps, town, {}, { limit: 20 })).items.map((item) => item.hazard.id)).toEqual([mine.id]);
    expect((await listSupervisions(deps, office, {}, { limit: 20 })).items).toHaveLength(2);
  });

  it('refuses a general hazard, a second listing, a town user and bad fields, writing nothing', async () => {
    const deps = createInMemoryDeps();
    const office = deps.given.user('district');
    const general = deps.given.hazard();
    const major = deps.given.hazard({ level: 'major' });
    await expect(superviseHazard(deps, office, { hazardId: general.id, ...listing })).rejects.toMatchObject({ code: 'supervision.not_major' });
    await expect(superviseHazard(deps, deps.given.user('town'), { hazardId: major.id, ...listing })).rejects.toMatchObject({ code: 'supervision.refused' });
    await expect(superviseHazard(deps, office, { hazardId: major.id, supervisingDepartment: ' ', requiredBy: '2026-02-01' })).rejects.toMatchObject({
      code: 'request.invalid', fields: [{ path: '/supervisingDepartment', code: 'required' }, { path: '/requiredBy', code: 'in_past' }],
    });
    await superviseHazard(deps, office, { hazardId: major.id, ...listing });
    await expect(superviseHazard(deps, office, { hazardId: major.id, ...listing })).rejects.toMatchObject({ code: 'supervision.already_listed' });
    expect(deps.tables.supervisions.size).toBe(1);
    expect(deps.tables.hazardEvents.filter((event) => event.action === 'supervise')).toHaveLength(1);
  });

  it('delists (摘牌) only once the hazard is closed, by the district office', async () => {
    const deps = createInMemoryDeps();
    const office = deps.given.user('district');
    const hazard = deps.given.hazard({ level: 'major', status: 'submitted', deadline: '2026-04-20', submittedBy: 'x' });
    await superviseHazard(deps, office, { hazardId: hazard.id, ...listing });
    await expect(unsuperviseHazard(deps, office, hazard.id)).rejects.toMatchObject({ code: 'supervision.not_closed' });
    deps.tables.hazards.set(hazard.id, { ...hazard, status: 'closed', closedAt: '2026-03-03T00:00:00.000Z' });
    await expect(unsuperviseHazard(deps, deps.given.user('town'), hazard.id)).rejects.toMatchObject({ code: 'supervision.refused' });
    const delisted = await unsuperviseHazard(deps, office, hazard.id);
    expect(delisted).toMatchObject({ delistedBy: office.userId, delistedAt: deps.clock.now().toISOString() });
    await expect(unsuperviseHazard(deps, office, hazard.id)).rejects.toMatchObject({ code: 'supervision.not_listed' });
    expect((await listSupervisions(deps, office, { active: true }, { limit: 20 })).items).toEqual([]);
    expect((await listSupervisions(deps, office, { active: false }, { limit: 20 })).items).toHaveLength(1);
    expect(deps.tables.hazardEvents.filter((event) => event.hazardId === hazard.id).map((event) => event.action)).toEqual(['supervise', 'unsupervise']);
  });
});
