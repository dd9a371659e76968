import { isPointInPolygon, type Area, type Polygon, type Region } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';
import { buildDistrictLayout } from './region-layout.js';
import { isConvexCounterClockwise, polygonToRing, signedRingArea } from './voronoi-tiling.js';
import { WUJIN_TEMPLATE } from './wujin-template.js';

const layout = buildDistrictLayout(WUJIN_TEMPLATE, createRandom(1), Date.UTC(2024, 8, 1));
const { bbox } = WUJIN_TEMPLATE;
const areaOf = (polygon: Polygon | null) => signedRingArea(polygonToRing(polygon as Polygon));
const towns = layout.regions.filter((region) => region.level === 'town');
const villages = layout.regions.filter((region) => region.level === 'village');
/** The demo draws every grid as one convex Polygon (a real district may bring MultiPolygons, ADR 0105). */
function onePolygon(area: Area): Polygon {
  if (area.type !== 'Polygon') throw new Error(`a demo grid is a Polygon, not a ${area.type}`);
  return area;
}
const grids = layout.grids.map((slot) => ({ ...slot.grid, boundary: onePolygon(slot.grid.boundary) }));

function boxOf(polygon: Polygon) {
  const ring = polygonToRing(polygon);
  return {
    minLng: Math.min(...ring.map((point) => point[0])), maxLng: Math.max(...ring.map((point) => point[0])),
    minLat: Math.min(...ring.map((point) => point[1])), maxLat: Math.max(...ring.map((point) => point[1])),
  };
}

function expectTiles(parent: Region, children: readonly { boundary: Polygon | null }[]) {
  const total = children.reduce((sum, child) => sum + areaOf(child.boundary), 0);
  expect(Math.abs(total - areaOf(parent.boundary)) / areaOf(parent.boundary)).toBeLessThan(1e-9);
}

describe('武进 region tree', () => {
  it('has the 18 township-level units of NBS 2023 with their codes, names and kinds', () => {
    expect(towns.map((town) => town.code)).toEqual([
      '320412001', '320412002', '320412003', '320412100', '320412102', '320412103', '320412104', '320412105', '320412106',
      '320412110', '320412113', '320412114', '320412119', '320412120', '320412400', '320412411', '320412412', '320412413',
    ]);
    expect(towns.find((town) => town.code === '320412100')).toMatchObject({ name: '湖塘镇', kind: 'town', parentCode: '320412' });
    expect(towns.filter((town) => town.kind === 'subdistrict').map((town) => town.name)).toEqual(['戚墅堰街道', '丁堰街道', '潞城街道']);
    expect(towns.filter((town) => town.kind === 'zone')).toHaveLength(4);
  });

  it('gives every town 8–25 villages and every village 3–8 grids, with consistent codes', () => {
    for (const town of layout.towns) {
      expect(town.villages.length).toBeGreaterThanOrEqual(8);
      expect(town.villages.length).toBeLessThanOrEqual(25);
      for (const village of town.villages) {
        expect(village.region.code).toMatch(new RegExp(`^${town.region.code}\\d{3}$`));
        expect(village.region.name).toMatch(village.isCommunity ? /社区$/ : /村$/);
        expect(village.gridIndices.length).toBeGreaterThanOrEqual(3);
        expect(village.gridIndices.length).toBeLessThanOrEqual(8);
      }
    }
    for (const grid of grids) {
      expect(grid.code).toMatch(new RegExp(`^${grid.villageCode}-\\d{2}$`));
      expect(grid.name).toMatch(/^第\d+网格$/);
      expect(grid.villageCode.startsWith(grid.townCode)).toBe(true);
    }
    expect(new Set(villages.map((village) => village.name)).size).toBe(villages.length);
    expect(new Set(grids.map((grid) => grid.code)).size).toBe(grids.length);
  });

  it('tiles the district box with towns, each town with its villages and each village with its grids', () => {
    const district = layout.district;
    expect(areaOf(district.boundary)).toBeCloseTo((bbox.maxLng - bbox.minLng) * (bbox.maxLat - bbox.minLat), 12);
    expectTiles(district, towns);
    for (const town of towns) expectTiles(town, villages.filter((village) => village.parentCode === town.code));
    for (const village of villages) expectTiles(village, grids.filter((grid) => grid.villageCode === village.code));
  });

  it('puts random points of the box in exactly one town and exactly one grid', () => {
    const random = createRandom(2024);
    const gridBoxes = grids.map((grid) => ({ grid, box: boxOf(grid.boundary) }));
    for (let index = 0; index < 3000; index += 1) {
      const point = { lng: random.float(bbox.minLng, bbox.maxLng), lat: random.float(bbox.minLat, bbox.maxLat) };
      const inTowns = towns.filter((town) => isPointInPolygon(point, town.boundary as Polygon));
      const inGrids = gridBoxes.filter(({ grid, box }) =>
        point.lng >= box.minLng && point.lng <= box.maxLng && point.lat >= box.minLat && point.lat <= box.maxLat &&
        isPointInPolygon(point, grid.boundary));
      expect(inTowns).toHaveLength(1);
      expect(inGrids).toHaveLength(1);
      expect(inGrids[0]?.grid.townCode).toBe(inTowns[0]?.code);
    }
  });

  it('keeps every polygon closed, convex and inside the box, with its centre inside it', () => {
    for (const polygon of [...layout.regions.map((region) => region.boundary as Polygon), ...grids.map((grid) => grid.boundary)]) {
      const outer = polygon.coordinates[0] ?? [];
      expect(outer[0]).toEqual(outer.at(-1));
      expect(isConvexCounterClockwise(polygonToRing(polygon))).toBe(true);
      const box = boxOf(polygon);
      expect(box.minLng).toBeGreaterThanOrEqual(bbox.minLng);
      expect(box.maxLng).toBeLessThanOrEqual(bbox.maxLng);
      expect(box.minLat).toBeGreaterThanOrEqual(bbox.minLat);
      expect(box.maxLat).toBeLessThanOrEqual(bbox.maxLat);
    }
    for (const region of [...towns, ...villages]) {
      expect(isPointInPolygon(region.center as { lng: number; lat: number }, region.boundary as Polygon)).toBe(true);
    }
  });
});
