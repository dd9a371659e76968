import { describe, expect, it } from 'vitest';
import { createMemoryTables } from '../testing/in-memory-stores.js';
import { createMemoryEquipmentStore } from '../testing/in-memory-domain-stores.js';
import type { Unit } from '../units/unit.js';
import { addDays } from '../shared/calendar-date.js';
import { inspectionStateOf, isAgedEquipment, type Equipment } from './equipment.js';

const TODAY = '2026-03-02';

describe('equipment rules (ADR 0086)', () => {
  it.each([
    ['2026-03-01', 'overdue'], ['2026-03-02', 'due'], ['2026-04-01', 'due'], ['2026-04-02', 'ok'], [null, 'unknown'],
  ] as const)('next inspection %s on %s is %s', (next, state) => {
    expect(inspectionStateOf(next, TODAY)).toBe(state);
  });

  it.each([
    ['2011-03-01', true], ['2011-03-02', false], ['2011-03-03', false], ['2000-12-31', true], [null, false],
  ] as const)('in use since %s: aged %s', (commissionedOn, aged) => {
    expect(isAgedEquipment(commissionedOn, TODAY)).toBe(aged);
  });

  it('the in-memory store filters due and overdue with the same rule as inspectionStateOf', async () => {
    const tables = createMemoryTables();
    const unit = { id: 'u1', districtCode: '320412', townCode: '320412100', villageCode: '320412100201', gridId: 'g1', sector: 'fire' } as Unit;
    tables.units.set(unit.id, unit);
    const store = createMemoryEquipmentStore(tables);
    const dates = [-40, -1, 0, 1, 29, 30, 31, 90].map((days) => addDays(TODAY, days));
    for (const [index, next] of dates.entries()) {
      await store.insert({ id: `e${index}`, districtCode: '320412', unitId: 'u1', type: 'passenger_elevator', registrationCode: `R${index}`, location: '', maintenanceCompany: null,
        commissionedOn: null, lastInspectionDate: null, nextInspectionDate: next, createdAt: '', updatedAt: '', version: 1 } satisfies Equipment);
    }
    const scope = { districtCode: '320412' };
    for (const inspection of ['due', 'overdue'] as const) {
      const listed = (await store.list(scope, { today: TODAY, inspection }, { limit: 100 })).items.map((item) => item.nextInspectionDate);
      expect(listed.sort()).toEqual(dates.filter((next) => inspectionStateOf(next, TODAY) === inspection).sort());
    }
    expect((await store.list({ districtCode: '320412', regionCode: '320412103' }, { today: TODAY }, { limit: 100 })).items).toEqual([]);
  });
});
