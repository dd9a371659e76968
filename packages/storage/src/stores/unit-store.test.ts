import { afterEach, beforeEach, expect, it } from 'vitest';
import { MAX_CURSOR_LENGTH, type Grid, type UnitFilter } from '@safegrid/core';
import { buildUnit, DISTRICT, HUTANG, smallWorld } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';
import { nameSortKey } from './unit-rows.js';

describeEachStoreTarget('unit store', (target) => {
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

  // The fake has no pinyin: it lists newest first only and throws on the name order (checked below),
  // so on `memory` the filters are read in that order; the databases keep their default.
  const order: Pick<UnitFilter, 'sort'> = target === 'memory' ? { sort: 'recent' } : {};
  const names = async (filter: UnitFilter, scope = { districtCode: DISTRICT }) =>
    (await database.stores.units.list(scope, { ...filter, ...order }, { limit: 50 })).items.map((unit) => unit.name);

  it('round-trips a unit with contacts, tags and location', async () => {
    const { units } = database.stores;
    const unit = buildUnit(hutang, { riskTags: ['dust', 'confined_space'], dustKind: 'metal', creditCode: '91320412MA1XY80AB6' });
    await units.insert(unit);
    expect(await units.findById(unit.id, { districtCode: DISTRICT })).toEqual(unit);
    expect(await units.findByCreditCode(DISTRICT, '91320412MA1XY80AB6')).toEqual(unit);
  });

  it('writes many units with their tags in few statements and finds them by their credit codes (台账导入)', async () => {
    const { units } = database.stores;
    // More than one statement's worth, so the chunking is crossed.
    const batch = Array.from({ length: 1_203 }, (_, n) => buildUnit(n % 2 === 0 ? hutang : luoyang, {
      name: `批量单位${n}`, creditCode: `91320412MA${String(n).padStart(8, '0')}`, riskTags: n % 3 === 0 ? ['dust'] : [], dustKind: n % 3 === 0 ? 'metal' : null,
    }));
    await units.insertMany(batch);
    const codes = [batch[0]?.creditCode, batch[700]?.creditCode, batch[1_202]?.creditCode, '91320412MA99999999'].filter((code): code is string => Boolean(code));
    const found = await units.findByCreditCodes(DISTRICT, codes);
    expect([...found.keys()].sort()).toEqual(codes.slice(0, 3).sort());
    expect(found.get(batch[700]?.creditCode ?? '')).toEqual(batch[700]);
    expect(await units.findById(batch[1_200]?.id ?? '', { districtCode: DISTRICT })).toEqual(batch[1_200]);
    expect(await names({ tags: ['dust'], text: '批量单位1200' })).toEqual(['批量单位1200']);
    expect(await units.findByCreditCodes(DISTRICT, [])).toEqual(new Map());
  });

  it('finds units by a Chinese fragment of name or address, long or short', async () => {
    const { units } = database.stores;
    await units.insert(buildUnit(hutang, { name: '常州市武进区湖塘精密机械有限公司', address: '湖塘镇花园街128号' }));
    await units.insert(buildUnit(hutang, { name: '常州市武进区洛阳纺织有限公司', address: '洛阳镇永安路9号' }));
    await units.insert(buildUnit(luoyang, { name: '老王家常菜馆', address: '洛阳镇街东路1号' }));
    expect(await names({ text: '精密机械' })).toEqual(['常州市武进区湖塘精密机械有限公司']);
    expect(await names({ text: '永安路' })).toEqual(['常州市武进区洛阳纺织有限公司']);
    expect((await names({ text: '洛阳' })).sort()).toEqual(['常州市武进区洛阳纺织有限公司', '老王家常菜馆'].sort());
    expect(await names({ text: '菜' })).toEqual(['老王家常菜馆']);
    expect(await names({ text: '不存在的厂' })).toEqual([]);
    expect(await names({ text: '"引号" 测试' })).toEqual([]);
  });

  it('finds units as people type: pinyin, initials, spaces ignored, full-width = half-width (issue 16)', async () => {
    const { units } = database.stores;
    await units.insert(buildUnit(hutang, { name: '湖塘精密机械有限公司', address: '湖塘镇花园街128号' }));
    await units.insert(buildUnit(hutang, { name: '悦来客栈（民宿）', address: '洛阳镇永安路９号', creditCode: '91320412MA1XY80AB6' }));
    await units.insert(buildUnit(luoyang, { name: '长荡湖饭店', address: '洛阳镇街东路1号' }));
    expect(await names({ text: 'hutang' })).toEqual(['湖塘精密机械有限公司']);
    expect(await names({ text: 'HuTang' })).toEqual(['湖塘精密机械有限公司']);
    expect(await names({ text: 'htjm' })).toEqual(['湖塘精密机械有限公司']);
    expect(await names({ text: '湖塘 精密' })).toEqual(['湖塘精密机械有限公司']);
    expect(await names({ text: '(民宿)' })).toEqual(['悦来客栈（民宿）']);
    expect(await names({ text: '（民宿）' })).toEqual(['悦来客栈（民宿）']);
    expect(await names({ text: '永安路9号' })).toEqual(['悦来客栈（民宿）']);
    expect(await names({ text: 'ma1xy80' })).toEqual(['悦来客栈（民宿）']);
    expect(await names({ text: 'fandian' })).toEqual(['长荡湖饭店']);
    // A fragment never matches across the name and the address.
    expect(await names({ text: '公司湖塘' })).toEqual([]);
    expect(await names({ text: '   ' }).then((found) => found.length)).toBe(3);
  });

  it('keeps the search index true after a rename', async () => {
    const { units } = database.stores;
    const unit = buildUnit(hutang, { name: '旧名称五金厂' });
    await units.insert(unit);
    await units.update({ ...unit, name: '新名称模具厂', version: 2 }, 1);
    expect(await names({ text: '五金厂' })).toEqual([]);
    expect(await names({ text: '模具厂' })).toEqual(['新名称模具厂']);
  });

  it('sorts names by pinyin and pages through them with a cursor (the fake refuses the pinyin order)', async () => {
    const { units } = database.stores;
    if (target === 'memory') {
      await expect(units.list({ districtCode: DISTRICT }, {}, { limit: 4 })).rejects.toThrow(/cannot honour sorting units by the pinyin/);
      return;
    }
    const given = ['张家港物流', '安全五金', '湖塘纺织', '北方机械', '安达电器', '常州化工'];
    for (const name of given) await units.insert(buildUnit(hutang, { name }));
    const collected: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await units.list({ districtCode: DISTRICT }, {}, { limit: 4, cursor });
      collected.push(...page.items.map((unit) => unit.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(collected).toEqual(['安达电器', '安全五金', '北方机械', '常州化工', '湖塘纺织', '张家港物流']);
  });

  it('issues cursors a client may send back, even after the longest names (issue 16: paging broke at page 18)', async () => {
    if (target === 'memory') return; // the fake has no pinyin order (checked above)
    const { units } = database.stores;
    // 100 characters (the longest name the API accepts) of the longest pinyin syllable, and a mixed one.
    const longest = ['庄'.repeat(100), '双'.repeat(99) + 'A', `${'窗'.repeat(60)}（民宿）${'Zz'.repeat(18)}`];
    for (const name of longest) await units.insert(buildUnit(hutang, { name }));
    for (const name of ['安全', '湖塘']) await units.insert(buildUnit(hutang, { name }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await units.list({ districtCode: DISTRICT }, {}, { limit: 1, cursor });
      seen.push(...page.items.map((unit) => unit.name));
      if (page.nextCursor) expect(page.nextCursor.length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set([...longest, '安全', '湖塘']));
  });

  it('refuses a malformed cursor naming the field', async () => {
    const { units } = database.stores;
    await expect(units.list({ districtCode: DISTRICT }, { sort: 'recent' }, { limit: 4, cursor: 'not-a-cursor' })).rejects.toMatchObject({
      fields: [{ path: '/cursor', code: 'invalid_cursor' }],
    });
  });

  it('filters by tag, kind and region, inside the scope', async () => {
    const { units } = database.stores;
    await units.insert(buildUnit(hutang, { name: '涉粉厂', riskTags: ['dust'], dustKind: 'wood' }));
    await units.insert(buildUnit(hutang, { name: '餐馆', kind: 'gas_user', sector: 'town_gas', riskTags: ['gas_use'] }));
    await units.insert(buildUnit(luoyang, { name: '洛阳涉粉厂', riskTags: ['dust', 'hot_work'], dustKind: 'metal' }));
    expect((await names({ tags: ['dust'] })).sort()).toEqual(['洛阳涉粉厂', '涉粉厂'].sort());
    expect(await names({ tags: ['dust'] }, { districtCode: DISTRICT, regionCode: HUTANG } as never)).toEqual(['涉粉厂']);
    expect(await names({ kinds: ['gas_user'] })).toEqual(['餐馆']);
    expect(await names({}, { districtCode: DISTRICT, sectors: ['town_gas'] } as never)).toEqual(['餐馆']);
  });

  it('allows many units without a credit code but not two with the same one', async () => {
    const { units } = database.stores;
    await units.insert(buildUnit(hutang, { creditCode: null }));
    await units.insert(buildUnit(hutang, { creditCode: null }));
    await units.insert(buildUnit(hutang, { creditCode: '91350100M000100Y43' }));
    await expect(units.insert(buildUnit(luoyang, { creditCode: '91350100M000100Y43' }))).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('pages newest first with the recent order, on every target', async () => {
    const { units } = database.stores;
    const given = Array.from({ length: 5 }, (_, index) => buildUnit(index % 2 ? hutang : luoyang, { name: `单位${index}` }));
    for (const unit of given) await units.insert(unit);
    const collected: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await units.list({ districtCode: DISTRICT }, { sort: 'recent' }, { limit: 2, cursor });
      collected.push(...page.items.map((unit) => unit.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(collected).toEqual(given.map((unit) => unit.id).reverse());
  });

  it('refuses what a fake cannot honour instead of ignoring it', async () => {
    const attempt = database.stores.units.list({ districtCode: DISTRICT }, { sort: 'recent', riskLevels: ['red'], asOf: '2026-03-01' }, { limit: 5 });
    if (target === 'memory') await expect(attempt).rejects.toThrow(/cannot honour the unit filter riskLevels/);
    else await expect(attempt).resolves.toMatchObject({ items: [] });
  });

  it('orders Chinese sort keys by pinyin', () => {
    const keys = ['张三', '安全', '湖塘', '李四'].map((name) => [nameSortKey(name), name] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(keys.map(([, name]) => name)).toEqual(['安全', '湖塘', '李四', '张三']);
  });

  it('counts the units the list returns (共 N 条) within scope and filters, up to the cap', async () => {
    const { units } = database.stores;
    await units.insert(buildUnit(hutang, { name: '湖塘精密机械有限公司', sector: 'industry_trade' }));
    await units.insert(buildUnit(hutang, { name: '湖塘纺织有限公司', sector: 'industry_trade' }));
    await units.insert(buildUnit(hutang, { name: '湖塘饭店', sector: 'fire' }));
    await units.insert(buildUnit(luoyang, { name: '洛阳饭店', sector: 'fire' }));
    const count = (filter: UnitFilter, scope: Parameters<typeof units.count>[0] = { districtCode: DISTRICT }, cap = 10_000) => units.count(scope, filter, cap);
    expect(await count({})).toEqual({ total: 4, capped: false });
    expect(await count({ sectors: ['fire'] })).toEqual({ total: 2, capped: false });
    expect(await count({ text: '饭店' })).toEqual({ total: 2, capped: false });
    expect(await count({ text: 'hutang' })).toEqual({ total: 3, capped: false });
    expect(await count({}, { districtCode: DISTRICT, gridIds: [luoyang.id] })).toEqual({ total: 1, capped: false });
    expect(await count({}, { districtCode: '320411' })).toEqual({ total: 0, capped: false });
    expect(await count({}, { districtCode: DISTRICT }, 4)).toEqual({ total: 4, capped: false });
    expect(await count({}, { districtCode: DISTRICT }, 3)).toEqual({ total: 3, capped: true });
    // The count agrees with the pages of the list under the same filter.
    expect(await count({ sectors: ['industry_trade'] })).toEqual({ total: (await names({ sectors: ['industry_trade'] })).length, capped: false });
  });
});
