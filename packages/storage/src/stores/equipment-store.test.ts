import { addDays, EQUIPMENT_TYPE_KIND, EQUIPMENT_TYPES, inspectionStateOf, type Equipment, type Grid } from '@safegrid/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBulkLoader } from '../bulk-load.js';
import { createStores } from '../stores.js';
import { buildUnit, DISTRICT, LUOYANG, smallWorld, testId } from '../testing/fixtures.js';
import { describeEachDialect, openTestDatabase, type TestDatabase } from '../testing/test-database.js';

const TODAY = '2026-03-02';

describeEachDialect('equipment store: kinds and inspection filters (ADR 0097)', (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(dialect);
  });
  afterEach(async () => database.dispose());

  it('lists one kind’s equipment, due and overdue by the same rule as inspectionStateOf, only of units in scope', async () => {
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    const stores = createStores(database.db, dialect);
    const unit = buildUnit(world.grids[0] as Grid);
    await stores.units.insert(unit);
    const offsets = [-10, 0, 20, 90];
    const given: Equipment[] = EQUIPMENT_TYPES.flatMap((type, typeIndex) => offsets.map((days, index): Equipment => ({
      id: testId(), districtCode: DISTRICT, unitId: unit.id, type, registrationCode: `R-${type}-${index}`, location: '车间', maintenanceCompany: null,
      commissionedOn: null, lastInspectionDate: null, nextInspectionDate: addDays(TODAY, days + typeIndex), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1,
    })));
    for (const equipment of given) await stores.equipment.insert(equipment);
    const scope = { districtCode: DISTRICT };
    for (const kind of ['elevator', 'boiler', 'lifting_machinery', 'field_vehicle'] as const) {
      for (const inspection of [undefined, 'due', 'overdue'] as const) {
        const listed = (await stores.equipment.list(scope, { today: TODAY, kind, ...(inspection ? { inspection } : {}) }, { limit: 100 })).items.map((item) => item.registrationCode);
        const expected = given.filter((item) => EQUIPMENT_TYPE_KIND[item.type] === kind && (!inspection || inspectionStateOf(item.nextInspectionDate, TODAY) === inspection));
        expect(listed.sort(), `${kind} ${inspection ?? 'all'}`).toEqual(expected.map((item) => item.registrationCode).sort());
      }
    }
    expect((await stores.equipment.list({ districtCode: DISTRICT, regionCode: LUOYANG }, { today: TODAY, kind: 'boiler' }, { limit: 100 })).items).toEqual([]);
  });
});
