import { formatUuidV7, type Grid, type Hazard, type Region, type Unit } from '@safegrid/core';

export const DISTRICT = '320412';
export const HUTANG = '320412100';
export const LUOYANG = '320412103';

let sequence = 0;
/** A time-ordered UUIDv7 at `ms` (default: increasing from 2026-01-01). */
export function testId(ms = Date.UTC(2026, 0, 1) + sequence): string {
  sequence += 1;
  const random = new Uint8Array(8);
  new DataView(random.buffer).setUint32(4, sequence);
  return formatUuidV7(ms, sequence & 0xfff, random);
}

const square = (lng: number, lat: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[lng, lat], [lng + 0.02, lat], [lng + 0.02, lat + 0.02], [lng, lat + 0.02], [lng, lat]] as [number, number][]],
});

/** District 320412 with 湖塘镇 and 洛阳镇, one village and one grid each. */
export function smallWorld(): { regions: Region[]; grids: Grid[] } {
  const regions: Region[] = [
    { code: DISTRICT, districtCode: DISTRICT, parentCode: null, level: 'district', kind: 'district', name: '武进区', sortOrder: 0, center: null, boundary: null },
  ];
  const grids: Grid[] = [];
  [HUTANG, LUOYANG].forEach((town, index) => {
    regions.push({ code: town, districtCode: DISTRICT, parentCode: DISTRICT, level: 'town', kind: 'town', name: index === 0 ? '湖塘镇' : '洛阳镇', sortOrder: index, center: { lng: 119.9, lat: 31.7 }, boundary: square(119.9 + index * 0.02, 31.7) });
    regions.push({ code: `${town}201`, districtCode: DISTRICT, parentCode: town, level: 'village', kind: 'community', name: '第一社区', sortOrder: 0, center: null, boundary: null });
    grids.push({ id: testId(), code: `${town}201-01`, districtCode: DISTRICT, townCode: town, villageCode: `${town}201`, name: '第1网格', boundary: square(119.9 + index * 0.02, 31.7) });
  });
  return { regions, grids };
}

export function buildUnit(grid: Grid, overrides: Partial<Unit> = {}): Unit {
  return {
    id: testId(), districtCode: grid.districtCode, townCode: grid.townCode, villageCode: grid.villageCode, gridId: grid.id,
    name: '常州市武进区湖塘精密机械有限公司', creditCode: null, kind: 'enterprise', sector: 'industry_trade', department: 'emergency',
    address: '湖塘镇花园街128号', location: { lng: 119.91, lat: 31.71 }, riskTags: [], dustKind: null, subIndustry: null, venueType: null, employees: 30,
    floorArea: 1200, contacts: [{ name: '王强', role: '安全负责人', phone: '13912345678' }], status: 'active', parentId: null,
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1, ...overrides,
  };
}

export function buildHazard(grid: Grid, overrides: Partial<Hazard> = {}): Hazard {
  return {
    id: testId(), districtCode: grid.districtCode, townCode: grid.townCode, villageCode: grid.villageCode, gridId: grid.id,
    unitId: null, sector: 'fire', source: 'patrol', level: 'general', category: 'fire_lane', title: '消防通道堵塞',
    description: '杂物堆放', location: { lng: 119.91, lat: 31.71 }, legalBasis: null, status: 'reported', deadline: null,
    assigneeId: null, plan: null, photoIds: [], reportedBy: 'u1', reportedAt: '2026-01-02T00:00:00.000Z',
    foundAt: '2026-01-02T00:00:00.000Z', submittedBy: null, closedAt: null, dismissReason: null, extensionCount: 0,
    updatedAt: '2026-01-02T00:00:00.000Z', version: 1, ...overrides,
  };
}

/** Picks items with a small seeded generator (mulberry32), so random test data can be replayed. */
export function seededPicker(seed: number): <T>(items: readonly T[]) => T {
  let state = seed;
  return <T>(items: readonly T[]): T => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return items[Math.floor((((value ^ (value >>> 14)) >>> 0) / 4294967296) * items.length)] as T;
  };
}
