import {
  UNIT_KINDS,
  UNIT_KIND_SECTOR,
  createGridLocator,
  departmentOf,
  distanceMetres,
  isPointInPolygon,
  isValidCreditCode,
  uuidV7Time,
  type Unit,
} from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { demoTimeframe } from './demo-timeframe.js';
import { createRandom } from './random.js';
import { buildDistrictLayout } from './region-layout.js';
import { DEMO_ENTERPRISE_INDEX, createUnitSource } from './unit-generator.js';
import { polygonToRing, signedRingArea } from './voronoi-tiling.js';
import { WUJIN_TEMPLATE } from './wujin-template.js';

const UNIT_COUNT = 8_000;
const timeframe = demoTimeframe(new Date('2026-11-20T04:00:00Z'));
const layout = buildDistrictLayout(WUJIN_TEMPLATE, createRandom(1), timeframe.launchMs);
const source = createUnitSource({ seed: 77, template: WUJIN_TEMPLATE, layout, count: UNIT_COUNT, timeframe });
const units: Unit[] = Array.from({ length: UNIT_COUNT }, (_, index) => source.unit(index));
const grids = layout.grids.map((slot) => slot.grid);
const HUTANG = '320412100';

describe('generated units', () => {
  it('lie each in the grid named by its gridId, with town and village codes of that grid', () => {
    const locator = createGridLocator(grids);
    const misplaced = units.filter((unit) => {
      const grid = locator.locate(unit.location);
      return grid?.id !== unit.gridId || unit.townCode !== grid.townCode || unit.villageCode !== grid.villageCode || unit.districtCode !== '320412';
    });
    expect(misplaced).toEqual([]);
    // Exactly one: no other grid claims the unit's location either.
    const claimed = units.slice(0, 800).map((unit) => grids.filter((grid) => isPointInPolygon(unit.location, grid.boundary)).length);
    expect(claimed.every((count) => count === 1)).toBe(true);
  });

  it('carry valid, unique 统一社会信用代码 registered in 320412, and none for 群租房 and 自建房', () => {
    const codes = units.flatMap((unit) => (unit.creditCode ? [unit.creditCode] : []));
    expect(codes.every(isValidCreditCode)).toBe(true);
    expect(codes.every((code) => code.slice(2, 8) === '320412')).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    for (const unit of units) {
      const hasNone = unit.kind === 'group_rental' || unit.kind === 'self_built_house';
      expect(unit.creditCode === null).toBe(hasNone);
    }
  });

  it('take sector and department from the core catalogue', () => {
    const wrong = units.filter((unit) => unit.sector !== UNIT_KIND_SECTOR[unit.kind] || unit.department !== departmentOf(unit.sector));
    expect(wrong).toEqual([]);
  });

  it('mix every kind, with about 3 % handling combustible dust', () => {
    const kinds = new Set(units.map((unit) => unit.kind));
    expect([...kinds].sort()).toEqual([...UNIT_KINDS].sort());
    const dusty = units.filter((unit) => unit.riskTags.includes('dust'));
    expect(dusty.length / units.length).toBeGreaterThan(0.02);
    expect(dusty.length / units.length).toBeLessThan(0.04);
    expect(dusty.every((unit) => unit.dustKind !== null)).toBe(true);
    expect(units.filter((unit) => !unit.riskTags.includes('dust')).every((unit) => unit.dustKind === null)).toBe(true);
    const smallVenues = units.filter((unit) => unit.kind === 'small_venue');
    expect(smallVenues.length / units.length).toBeGreaterThan(0.3);
    expect(smallVenues.every((unit) => unit.venueType !== null)).toBe(true);
    expect(units.filter((unit) => unit.kind === 'gas_user').every((unit) => unit.riskTags.includes('gas_use'))).toBe(true);
    expect(units.filter((unit) => unit.kind === 'hazardous_chemicals').every((unit) => unit.riskTags.includes('hazardous_chemicals'))).toBe(true);
    for (const tag of ['confined_space', 'ammonia_refrigeration', 'molten_metal', 'crowded'] as const) {
      expect(units.some((unit) => unit.riskTags.includes(tag))).toBe(true);
    }
  });

  it('give each 厂中厂 park 5–30 tenants placed next to it', () => {
    const parks = units.filter((unit) => unit.kind === 'park');
    expect(parks.length).toBeGreaterThanOrEqual(2);
    for (const park of parks) {
      const tenants = units.filter((unit) => unit.parentId === park.id);
      expect(tenants.length).toBeGreaterThanOrEqual(5);
      expect(tenants.length).toBeLessThanOrEqual(30);
      const parkIndex = units.indexOf(park);
      const misfits = tenants.filter((tenant) =>
        !tenant.riskTags.includes('sublet_tenant') || units.indexOf(tenant) <= parkIndex || distanceMetres(tenant.location, park.location) >= 600);
      expect(misfits).toEqual([]);
    }
    expect(units.filter((unit) => unit.parentId !== null).every((unit) => unit.riskTags.includes('sublet_tenant'))).toBe(true);
  });

  it('make unit 0 a dust-handling enterprise in 湖塘镇', () => {
    const unit = units[DEMO_ENTERPRISE_INDEX] as Unit;
    expect(unit).toMatchObject({ kind: 'enterprise', townCode: HUTANG, status: 'active' });
    expect(unit.riskTags).toContain('dust');
    expect(unit.contacts.some((contact) => contact.role === '安全专员')).toBe(true);
  });

  it('look real: names, addresses in their town and village, mobile numbers, plausible sizes', () => {
    const townNames = new Map(layout.towns.map((town) => [town.region.code, town.region.name]));
    const odd = units.filter((unit) =>
      unit.name.length <= 3 ||
      !unit.address.startsWith(townNames.get(unit.townCode) ?? '?') ||
      !/\d+号/.test(unit.address) ||
      unit.contacts.length === 0 ||
      unit.contacts.some((contact) => !/^1[3-9]\d{9}$/.test(contact.phone) || contact.name.length < 2) ||
      (unit.floorArea !== null && unit.floorArea <= 0) ||
      uuidV7Time(unit.id).toISOString() !== unit.createdAt);
    expect(odd).toEqual([]);
    const companies = units.filter((unit) => unit.kind === 'enterprise' && unit.parentId === null);
    expect(companies.filter((unit) => !unit.name.endsWith('有限公司'))).toEqual([]);
    expect(companies.some((unit) => unit.name.startsWith('常州市武进区'))).toBe(true);
    expect(units.filter((unit) => unit.status === 'active').length / units.length).toBeGreaterThan(0.9);
  });

  it('are denser in the seat town 湖塘镇 than in the rural towns', () => {
    const density = (townCode: string) => {
      const town = layout.towns.find((candidate) => candidate.region.code === townCode);
      const area = signedRingArea(polygonToRing(town?.region.boundary ?? { type: 'Polygon', coordinates: [] }));
      return units.filter((unit) => unit.townCode === townCode).length / area;
    };
    const rural = layout.towns.filter((town) => town.template.profile === 'rural').map((town) => density(town.region.code));
    expect(density(HUTANG)).toBeGreaterThan(2 * Math.max(...rural));
  });

  it('recomputes any unit alone, identical to the one generated in sequence', () => {
    for (const index of [0, 1, 4_321, UNIT_COUNT - 1]) expect(source.unit(index)).toEqual(units[index]);
  });
});
