import { describe, expect, it } from 'vitest';
import { createMemoryTables } from '../testing/in-memory-stores.js';
import { createMemoryEquipmentStore } from '../testing/in-memory-domain-stores.js';
import type { Unit } from '../units/unit.js';
import { addDays } from '../shared/calendar-date.js';
import { createInMemoryDeps } from '../testing/in-memory-deps.js';
import { listEquipment, registerEquipment, updateEquipment } from './equipment-use-cases.js';
import {
  EQUIPMENT_KINDS, EQUIPMENT_TYPE_KIND, EQUIPMENT_TYPES, inspectionStateOf, isAgedEquipment, nextInspectionAfter, PERIODIC_INSPECTION, typesOfKind, type Equipment,
} from './equipment.js';

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

  it('puts every type in one kind, each kind has a type, and every type has an interval with its basis', () => {
    expect(EQUIPMENT_KINDS.flatMap(typesOfKind).sort()).toEqual([...EQUIPMENT_TYPES].sort());
    for (const kind of EQUIPMENT_KINDS) expect(typesOfKind(kind).length, kind).toBeGreaterThan(0);
    for (const type of EQUIPMENT_TYPES) {
      expect(PERIODIC_INSPECTION[type].months, type).toBeGreaterThan(0);
      expect(PERIODIC_INSPECTION[type].basis, type).toMatch(/TSG/);
    }
  });

  it.each([
    ['passenger_elevator', '2025-05-20', '2026-05-20'],
    ['bridge_gantry_crane', '2025-05-20', '2027-05-20'],
    ['pressure_vessel', '2024-02-29', '2027-02-28'],
    ['forklift', '2025-01-31', '2026-01-31'],
  ] as const)('the %s interval after %s gives %s', (type, last, next) => {
    expect(nextInspectionAfter(type, last)).toBe(next);
  });

  it('marks only elevators 老旧', () => {
    expect(isAgedEquipment('2000-01-01', TODAY, 'escalator')).toBe(true);
    expect(isAgedEquipment('2000-01-01', TODAY, 'boiler')).toBe(false);
    expect(EQUIPMENT_TYPE_KIND.tower_crane_hoist).toBe('lifting_machinery');
  });

  it('fills the next inspection from the interval when only the last is given, keeps a given one, and lists by kind', async () => {
    const deps = createInMemoryDeps(); // 2026-03-02
    const unit = deps.given.unit();
    const office = deps.given.user('district');
    const boiler = await registerEquipment(deps, office, unit.id, { type: 'boiler', registrationCode: '锅11苏D0001(20)', location: '锅炉房', lastInspectionDate: '2025-03-10' });
    expect(boiler).toMatchObject({ kind: 'boiler', nextInspectionDate: '2026-03-10', inspectionState: 'due', aged: false });
    const crane = await registerEquipment(deps, office, unit.id, { type: 'bridge_gantry_crane', registrationCode: '起17苏D0002(21)', location: '一车间', lastInspectionDate: '2024-01-05', nextInspectionDate: '2026-02-01' });
    expect(crane).toMatchObject({ kind: 'lifting_machinery', nextInspectionDate: '2026-02-01', inspectionState: 'overdue' });
    await registerEquipment(deps, office, unit.id, { type: 'passenger_elevator', registrationCode: '梯11苏D0003(19)', location: '1号楼' });
    const kinds = async (kind: (typeof EQUIPMENT_KINDS)[number], inspection?: 'due' | 'overdue') =>
      (await listEquipment(deps, office, { kind, inspection }, { limit: 10 })).items.map((item) => item.registrationCode);
    expect(await kinds('boiler')).toEqual(['锅11苏D0001(20)']);
    expect(await kinds('lifting_machinery', 'overdue')).toEqual(['起17苏D0002(21)']);
    expect(await kinds('lifting_machinery', 'due')).toEqual([]);
    expect(await kinds('field_vehicle')).toEqual([]);
    // An edit after the periodic inspection: the new last date moves the next one by the interval.
    const edited = await updateEquipment(deps, office, crane.id, crane.version, { type: 'bridge_gantry_crane', registrationCode: crane.registrationCode, location: crane.location, lastInspectionDate: '2026-02-20' });
    expect(edited).toMatchObject({ nextInspectionDate: '2028-02-20', inspectionState: 'ok', version: 2 });
    await expect(registerEquipment(deps, office, unit.id, { type: 'steam_engine', registrationCode: 'x', location: 'y' })).rejects.toMatchObject({ code: 'request.invalid' });
  });
});
