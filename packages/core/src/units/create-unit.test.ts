import { describe, expect, it } from 'vitest';
import { writeContext } from '../deps.js';
import { createInMemoryDeps, gridPoint, HUTANG } from '../testing/in-memory-deps.js';
import { createUnit, createUnitRecord, createUnitRecords, type UnitDraft } from './create-unit.js';
import { creditCodeCheckCharacter } from './credit-code.js';
import { updateUnit } from './update-unit.js';

const placement = { location: gridPoint(HUTANG, 0), townCode: HUTANG, villageCode: `${HUTANG}201`, gridId: `grid-${HUTANG}-1` };
const draft = (name: string, creditCode: string | null = null): UnitDraft => ({ name, creditCode, kind: 'enterprise', address: '湖塘镇1号', placement });

describe('unit creation composes (ADR 0062)', () => {
  it('creates several units inside one caller transaction, and keeps none when one fails', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const context = writeContext(deps, district);
    const created = await deps.inTransaction(async (stores) => [
      await createUnitRecord(stores, context, draft('常州市甲机械厂')),
      await createUnitRecord(stores, context, draft('常州市乙机械厂')),
    ]);
    expect(created.map((unit) => [unit.sector, unit.department])).toEqual([['industry_trade', 'emergency'], ['industry_trade', 'emergency']]);
    expect(deps.tables.unitChanges.filter((change) => change.action === 'create')).toHaveLength(2);

    const before = deps.tables.units.size;
    const attempt = deps.inTransaction(async (stores) => {
      await createUnitRecord(stores, context, draft('常州市丙机械厂', '91350100M000100Y43'));
      await createUnitRecord(stores, context, draft('常州市丁机械厂', '91350100M000100Y43'));
    });
    await expect(attempt).rejects.toMatchObject({ kind: 'conflict' });
    expect(deps.tables.units.size).toBe(before);
  });

  it('creates a batch in one go, each with its history and grade, and refuses a credit code twice in the batch or already registered', async () => {
    const deps = createInMemoryDeps();
    const context = writeContext(deps, deps.given.user('district'));
    const units = await deps.inTransaction((stores) => createUnitRecords(stores, context, [
      draft('常州市戊机械厂', '91350100M000100Y43'), draft('常州市己机械厂'), draft('常州市庚机械厂'),
    ]));
    expect(units.map((unit) => unit.name)).toEqual(['常州市戊机械厂', '常州市己机械厂', '常州市庚机械厂']);
    expect(deps.tables.unitChanges.filter((change) => change.action === 'create').map((change) => change.unitId)).toEqual(units.map((unit) => unit.id));
    expect(units.every((unit) => deps.tables.unitRisks.has(unit.id))).toBe(true);

    const before = deps.tables.units.size;
    const code = `91320412MA1XY80AB${creditCodeCheckCharacter('91320412MA1XY80AB') ?? ''}`;
    await expect(deps.inTransaction((stores) => createUnitRecords(stores, context, [draft('甲', code), draft('乙', code)])))
      .rejects.toMatchObject({ kind: 'conflict' });
    await expect(deps.inTransaction((stores) => createUnitRecords(stores, context, [draft('丙'), draft('丁', '91350100M000100Y43')])))
      .rejects.toMatchObject({ kind: 'conflict' });
    expect(deps.tables.units.size).toBe(before);
  });

  it('checks the fields inside the inner function too, so a composing write cannot skip them', async () => {
    const deps = createInMemoryDeps();
    const context = writeContext(deps, deps.given.user('district'));
    await expect(deps.inTransaction((stores) => createUnitRecord(stores, context, { ...draft(' '), riskTags: ['dust'] }))).rejects.toMatchObject({
      fields: [{ path: '/name', code: 'required' }, { path: '/dustKind', code: 'required' }],
    });
  });

  it('keeps the wrapper’s behaviour: permission, location and field problems together', async () => {
    const deps = createInMemoryDeps();
    await expect(createUnit(deps, deps.given.user('enterprise'), { name: 'x', kind: 'enterprise', address: 'a', location: { ...placement.location, crs: 'wgs84' } }))
      .rejects.toMatchObject({ kind: 'permission_denied' });
    await expect(createUnit(deps, deps.given.user('district'), { name: ' ', kind: 'enterprise', address: 'a', location: { lng: 0, lat: 0, crs: 'wgs84' } }))
      .rejects.toMatchObject({ fields: [{ path: '/name', code: 'required' }, { path: '/location', code: 'outside_district' }] });
  });

  it('keeps a 工贸 sub-industry only on 工贸 and 商贸 units, and records its change', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const context = writeContext(deps, district);
    const foundry = await deps.inTransaction((stores) => createUnitRecord(stores, context, { ...draft('常州市铸造厂'), subIndustry: 'machinery' }));
    const site = await deps.inTransaction((stores) => createUnitRecord(stores, context, { ...draft('某工地'), kind: 'construction_site', subIndustry: 'machinery' }));
    expect([foundry.subIndustry, site.subIndustry]).toEqual(['machinery', null]);
    const moved = await updateUnit(deps, district, { unitId: foundry.id, changes: { subIndustry: 'metallurgy' } });
    expect(moved.subIndustry).toBe('metallurgy');
    expect(deps.tables.unitChanges.at(-1)?.changes).toEqual([{ field: 'subIndustry', from: 'machinery', to: 'metallurgy' }]);
    expect((await updateUnit(deps, district, { unitId: foundry.id, changes: { sector: 'town_gas' } })).subIndustry).toBeNull();
  });
});
