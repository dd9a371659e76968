import { inspectionStateOf, isAgedEquipment, shanghaiDate } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { demoElevatorsOf, demoIndustrialEquipmentOf } from './demo-equipment.js';
import { generateDemoDistrict } from './generate-demo-district.js';

const now = new Date('2026-11-20T04:00:00Z');

describe('the demo’s elevators (ADR 0086)', () => {
  it('gives elevators to crowded places and the like, some aged, some due and some overdue, the same every time', () => {
    const district = generateDemoDistrict({ now, units: 2_000, hazards: 10 });
    const units = [...district.unitBatches(2_000)].flat();
    const elevators = demoElevatorsOf(units, now);
    const today = shanghaiDate(now);
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    expect(elevators.length).toBeGreaterThan(20);
    expect(elevators.every((item) => byId.get(item.unitId)?.districtCode === item.districtCode)).toBe(true);
    expect(new Set(elevators.map((item) => item.id)).size).toBe(elevators.length);
    const states = new Set(elevators.map((item) => inspectionStateOf(item.nextInspectionDate, today)));
    expect([...states].sort()).toEqual(['due', 'ok', 'overdue']);
    expect(elevators.some((item) => isAgedEquipment(item.commissionedOn, today))).toBe(true);
    expect(elevators.some((item) => !isAgedEquipment(item.commissionedOn, today))).toBe(true);
    expect(demoElevatorsOf(units, now)).toEqual(elevators);
  });

  it('gives boilers and forklifts to industrial units only, some due and some overdue, the same every time', () => {
    const district = generateDemoDistrict({ now, units: 2_000, hazards: 10 });
    const units = [...district.unitBatches(2_000)].flat();
    const items = demoIndustrialEquipmentOf(units, now);
    const today = shanghaiDate(now);
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    expect(new Set(items.map((item) => item.type))).toEqual(new Set(['boiler', 'forklift']));
    expect(items.every((item) => ['enterprise', 'hazardous_chemicals', 'park', 'logistics'].includes(byId.get(item.unitId)?.kind ?? ''))).toBe(true);
    const elevatorIds = new Set(demoElevatorsOf(units, now).map((item) => item.id));
    expect(items.some((item) => elevatorIds.has(item.id))).toBe(false);
    for (const type of ['boiler', 'forklift']) {
      const states = new Set(items.filter((item) => item.type === type).map((item) => inspectionStateOf(item.nextInspectionDate, today)));
      expect([...states].sort()).toEqual(['due', 'ok', 'overdue']);
    }
    expect(demoIndustrialEquipmentOf(units, now)).toEqual(items);
  });
  it('gives different ids to the equipment of two units whose 32-bit id hashes collide (district-scale generation)', () => {
    const district = generateDemoDistrict({ now, units: 200, hazards: 10 });
    const template = [...district.unitBatches(200)].flat().find((unit) => unit.kind === 'park');
    expect(template).toBeDefined();
    if (!template) return;
    // Two ids with the same FNV-1a hash (1863879506): their equipment draws from the same stream.
    const twins = ['019f0000-0000-7000-8000-000000016a19', '019f0000-0000-7000-8000-0000000c55e6'].map((id) => ({ ...template, id }));
    const items = [...demoElevatorsOf(twins, now), ...demoIndustrialEquipmentOf(twins, now)];
    expect(items.filter((item) => item.unitId === twins[0]?.id).length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });
});
