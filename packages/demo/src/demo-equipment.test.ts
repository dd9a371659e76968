import { inspectionStateOf, isAgedEquipment, shanghaiDate } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { demoElevatorsOf } from './demo-equipment.js';
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
});
