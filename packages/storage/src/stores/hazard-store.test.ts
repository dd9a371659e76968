import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Grid } from '@safegrid/core';
import { buildHazard, buildUnit, DISTRICT, HUTANG, LUOYANG, smallWorld } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

describeEachStoreTarget('hazard store', (target) => {
  let database: TestStores;
  let hutang: Grid;
  let luoyang: Grid;

  beforeEach(async () => {
    database = await openTestStores(target);
    const world = smallWorld();
    await database.regions(world.regions, world.grids);
    [hutang, luoyang] = world.grids as [Grid, Grid];
  });
  afterEach(async () => database.dispose());

  it('round-trips every field, including JSON and timestamps to the millisecond', async () => {
    const { hazards } = database.stores;
    const hazard = buildHazard(hutang, {
      plan: { measures: '加装泄爆片', responsible: '李明', funds: '12万元', deadline: '2026-04-01', emergencyPlan: '停产整改' },
      photoIds: ['p1', 'p2'], deadline: '2026-02-01', status: 'assigned', closedAt: null, reportedAt: '2026-01-02T03:04:05.678Z',
    });
    await hazards.insert(hazard);
    expect(await hazards.findById(hazard.id, { districtCode: DISTRICT })).toEqual(hazard);
  });

  it('applies the scope inside the query', async () => {
    const { hazards } = database.stores;
    const mine = buildHazard(hutang, { sector: 'town_gas' });
    const theirs = buildHazard(luoyang);
    await hazards.insert(mine);
    await hazards.insert(theirs);
    expect(await hazards.findById(theirs.id, { districtCode: DISTRICT, regionCode: HUTANG })).toBeUndefined();
    expect(await hazards.findById(mine.id, { districtCode: DISTRICT, regionCode: HUTANG })).toBeDefined();
    expect(await hazards.findById(mine.id, { districtCode: DISTRICT, sectors: ['fire'] })).toBeUndefined();
    expect(await hazards.findById(mine.id, { districtCode: DISTRICT, gridIds: [] })).toBeUndefined();
    expect(await hazards.findById(mine.id, { districtCode: '320411' })).toBeUndefined();
    const page = await hazards.list({ districtCode: DISTRICT, regionCode: LUOYANG }, {}, { limit: 10 }, '2026-03-01');
    expect(page.items.map((hazard) => hazard.id)).toEqual([theirs.id]);
  });

  it('refuses an update from a stale version', async () => {
    const { hazards } = database.stores;
    const hazard = buildHazard(hutang);
    await hazards.insert(hazard);
    expect(await hazards.update({ ...hazard, status: 'assigned', version: 2 }, 1)).toBe(true);
    expect(await hazards.update({ ...hazard, status: 'dismissed', version: 2 }, 1)).toBe(false);
    expect((await hazards.findById(hazard.id, { districtCode: DISTRICT }))?.status).toBe('assigned');
  });

  it('filters by status, level, overdue, deadline range and text', async () => {
    const { hazards } = database.stores;
    const overdue = buildHazard(hutang, { status: 'assigned', deadline: '2026-02-20', title: '配电箱线路老化' });
    const dueLater = buildHazard(hutang, { status: 'assigned', deadline: '2026-03-20', level: 'major' });
    const closed = buildHazard(luoyang, { status: 'closed', deadline: '2026-02-01', description: '电线私拉乱接 100%_完成' });
    for (const hazard of [overdue, dueLater, closed]) await hazards.insert(hazard);
    const ids = async (filter: Parameters<typeof hazards.list>[1]) =>
      (await hazards.list({ districtCode: DISTRICT }, filter, { limit: 10 }, '2026-03-01')).items.map((hazard) => hazard.id).sort();
    expect(await ids({ overdue: true })).toEqual([overdue.id]);
    expect(await ids({ overdue: false })).toEqual([dueLater.id, closed.id].sort());
    expect(await ids({ levels: ['major'] })).toEqual([dueLater.id]);
    expect(await ids({ statuses: ['assigned', 'closed'], deadlineTo: '2026-02-28' })).toEqual([overdue.id, closed.id].sort());
    expect(await ids({ text: '线路老化' })).toEqual([overdue.id]);
    expect(await ids({ text: '100%_' })).toEqual([closed.id]);
    expect(await ids({ text: '0%x' })).toEqual([]);
    expect(await ids({ regionCode: `${LUOYANG}201` })).toEqual([closed.id]);
  });

  it('finds hazards as people type: either bracket width, spaces ignored, and by their unit’s name, pinyin or initials', async () => {
    const { hazards, units } = database.stores;
    const factory = buildUnit(hutang, { name: '湖塘精密机械有限公司', address: '武进区湖塘镇长虹路 8 号' });
    const inn = buildUnit(luoyang, { name: '悦来客栈', address: '武进区洛阳镇永安里 3 号' });
    await units.insert(factory);
    await units.insert(inn);
    const earthing = buildHazard(hutang, { unitId: factory.id, title: '配电箱未可靠接地', description: '车间东侧' });
    const lane = buildHazard(luoyang, { unitId: inn.id, title: '悦来客栈（民宿）疏散通道堵塞', description: '二楼走廊堆放杂物' });
    const street = buildHazard(luoyang, { unitId: null, title: '路边 燃气 瓶露天存放', description: '' });
    for (const hazard of [earthing, lane, street]) await hazards.insert(hazard);
    const ids = async (text: string) =>
      (await hazards.list({ districtCode: DISTRICT }, { text }, { limit: 10 }, '2026-03-01')).items.map((hazard) => hazard.id).sort();
    expect(await ids('(民宿)')).toEqual([lane.id]);
    expect(await ids('（民宿）疏散')).toEqual([lane.id]);
    expect(await ids('疏散 通道')).toEqual([lane.id]);
    expect(await ids('燃气瓶')).toEqual([street.id]);
    expect(await ids('hutang')).toEqual([earthing.id]);
    expect(await ids('htjm')).toEqual([earthing.id]);
    expect(await ids('湖塘 精密')).toEqual([earthing.id]);
    expect(await ids('yuelai')).toEqual([lane.id]);
    expect(await ids('未可靠接地')).toEqual([earthing.id]);
    expect(await ids('永安里')).toEqual([lane.id]);
    expect(await ids('无此隐患')).toEqual([]);
    expect((await hazards.count({ districtCode: DISTRICT, regionCode: HUTANG }, { text: 'ht' }, '2026-03-01', 100)).total).toBe(1);
  });

  it('keeps cursor pages correct while new hazards are inserted', async () => {
    const { hazards } = database.stores;
    const created: string[] = [];
    for (let index = 0; index < 25; index += 1) {
      const hazard = buildHazard(hutang);
      created.push(hazard.id);
      await hazards.insert(hazard);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await hazards.list({ districtCode: DISTRICT }, {}, { limit: 7, cursor }, '2026-03-01');
      seen.push(...page.items.map((hazard) => hazard.id));
      // Someone reports a new hazard between page loads: it must not shift or repeat later pages.
      await hazards.insert(buildHazard(hutang));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...created].reverse());
  });

  it('appends events and lists them in order', async () => {
    const { hazards, hazardEvents } = database.stores;
    const hazard = buildHazard(hutang);
    await hazards.insert(hazard);
    const event = (id: string, action: 'report' | 'assign') => ({
      id, hazardId: hazard.id, districtCode: DISTRICT, action, fromStatus: null, toStatus: 'reported' as const, actorId: 'u1',
      actorName: '网格员', actorRole: 'grid_worker', at: '2026-01-02T00:00:00.000Z', note: null, photoIds: ['x'], details: { a: 1 },
    });
    await hazardEvents.append(event('01900000-0000-7000-8000-000000000002', 'assign'));
    await hazardEvents.append(event('01900000-0000-7000-8000-000000000001', 'report'));
    const events = await hazardEvents.listForHazard(hazard.id, DISTRICT);
    expect(events.map((e) => e.action)).toEqual(['report', 'assign']);
    expect(events[0]).toMatchObject({ photoIds: ['x'], details: { a: 1 } });
  });

  it('translates a duplicate key into a conflict instead of a driver error', async () => {
    const { hazards } = database.stores;
    const hazard = buildHazard(hutang);
    await hazards.insert(hazard);
    await expect(hazards.insert(hazard)).rejects.toMatchObject({ name: 'DomainError', kind: 'conflict', code: 'storage.duplicate' });
  });

  it('counts by status, overdue, open major and town for the dashboard', async () => {
    const { hazards, stats } = database.stores;
    await hazards.insert(buildHazard(hutang, { status: 'assigned', deadline: '2026-02-01', level: 'major' }));
    await hazards.insert(buildHazard(hutang, { status: 'closed' }));
    await hazards.insert(buildHazard(luoyang, { status: 'reported' }));
    const counts = await stats.hazardCounts({ districtCode: DISTRICT }, '2026-03-01');
    expect(counts.byStatus).toEqual({ reported: 1, assigned: 1, submitted: 0, closed: 1, dismissed: 0 });
    expect(counts.overdue).toBe(1);
    expect(counts.majorOpen).toBe(1);
    expect(counts.byTown).toEqual([
      { townCode: HUTANG, open: 1, overdue: 1, major: 1, closed: 1, total: 2 },
      { townCode: LUOYANG, open: 1, overdue: 0, major: 0, closed: 0, total: 1 },
    ]);
    const scoped = await stats.hazardCounts({ districtCode: DISTRICT, regionCode: LUOYANG }, '2026-03-01');
    expect(scoped.byStatus.closed).toBe(0);
  });
});
