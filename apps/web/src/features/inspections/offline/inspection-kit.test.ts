import type { ChecklistResponse } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { forgetInspectionKits, INSPECTION_KITS_KEY, inspectionKitsOf, keepInspectionKit, type InspectionKit } from './inspection-kit';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const kit = (unitId: string): InspectionKit => ({
  unit: { id: unitId, name: `单位 ${unitId}`, address: '湖塘镇', location: { lng: 119.9, lat: 31.7 } },
  checklists: [{ id: 'c1', name: '粉尘防爆', applicableItemIds: ['A-1'] } as ChecklistResponse],
  savedAt: '2026-12-07T08:00:00.000Z',
});

describe('checklists kept for inspecting offline', () => {
  it('come back for the same user only, the unit opened last first, each unit once', () => {
    const storage = memoryStorage();
    keepInspectionKit(storage, 'u1', kit('a'));
    keepInspectionKit(storage, 'u1', kit('b'));
    keepInspectionKit(storage, 'u1', kit('a'));
    expect(inspectionKitsOf(storage, 'u1').map((kept) => kept.unit.id)).toEqual(['a', 'b']);
    expect(inspectionKitsOf(storage, 'u1')[0]?.checklists[0]?.applicableItemIds).toEqual(['A-1']);
    expect(inspectionKitsOf(storage, 'u2')).toEqual([]);
  });

  it('keep only the last twenty units, replace another user’s, and survive broken storage', () => {
    const storage = memoryStorage();
    for (let index = 0; index < 25; index += 1) keepInspectionKit(storage, 'u1', kit(`unit-${index}`));
    expect(inspectionKitsOf(storage, 'u1')).toHaveLength(20);
    expect(inspectionKitsOf(storage, 'u1')[0]?.unit.id).toBe('unit-24');
    keepInspectionKit(storage, 'u2', kit('x'));
    expect(inspectionKitsOf(storage, 'u1')).toEqual([]);
    expect(inspectionKitsOf(storage, 'u2').map((kept) => kept.unit.id)).toEqual(['x']);
    forgetInspectionKits(storage);
    expect(inspectionKitsOf(storage, 'u2')).toEqual([]);
    storage.data.set(INSPECTION_KITS_KEY, '{not json');
    expect(inspectionKitsOf(storage, 'u1')).toEqual([]);
    expect(() => keepInspectionKit({ getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } }, 'u1', kit('a'))).not.toThrow();
  });
});
