import { isPointInPolygon } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';
import {
  clipByHalfPlane,
  convexSampler,
  isConvexCounterClockwise,
  rectangleRing,
  ringToPolygon,
  sampleClearance,
  samplePoint,
  signedRingArea,
  spreadSites,
  voronoiCells,
  type PlanePoint,
} from './voronoi-tiling.js';

const BOX = rectangleRing(119.62, 31.4, 120.22, 31.83);
const boxArea = signedRingArea(BOX);

function countContaining(point: PlanePoint, cells: readonly PlanePoint[][]): number {
  const lngLat = { lng: point[0], lat: point[1] };
  return cells.filter((cell) => isPointInPolygon(lngLat, ringToPolygon(cell))).length;
}

describe('clipByHalfPlane', () => {
  it('keeps the part of a square on the inner side of the line', () => {
    const square = rectangleRing(0, 0, 1, 1);
    const left = clipByHalfPlane(square, 1, 0, 0.25);
    expect(signedRingArea(left)).toBeCloseTo(0.25, 12);
    expect(left.every(([x]) => x <= 0.25)).toBe(true);
  });

  it('returns nothing when the ring lies outside and the ring itself when inside', () => {
    const square = rectangleRing(0, 0, 1, 1);
    expect(clipByHalfPlane(square, 1, 0, -1)).toEqual([]);
    expect(signedRingArea(clipByHalfPlane(square, 1, 0, 2))).toBeCloseTo(1, 12);
  });
});

describe('voronoiCells', () => {
  const random = createRandom(7);
  const sites = spreadSites(BOX, 60, random);
  const cells = voronoiCells(sites, BOX);

  it('gives convex counter-clockwise cells that contain their own site', () => {
    cells.forEach((cell, index) => {
      expect(isConvexCounterClockwise(cell)).toBe(true);
      const site = sites[index] as PlanePoint;
      expect(isPointInPolygon({ lng: site[0], lat: site[1] }, ringToPolygon(cell))).toBe(true);
    });
  });

  it('tiles the boundary: the areas add up to the whole', () => {
    const total = cells.reduce((sum, cell) => sum + signedRingArea(cell), 0);
    expect(Math.abs(total - boxArea) / boxArea).toBeLessThan(1e-12);
  });

  it('puts every point of the boundary in exactly one cell', () => {
    const probe = createRandom(99);
    for (let index = 0; index < 3000; index += 1) {
      const point: PlanePoint = [probe.float(119.62, 120.22), probe.float(31.4, 31.83)];
      expect(countContaining(point, cells)).toBe(1);
    }
  });

  it('nests: cells of sites inside a cell tile that cell', () => {
    const parent = cells[0] as PlanePoint[];
    const children = voronoiCells(spreadSites(parent, 12, createRandom(3)), parent);
    const total = children.reduce((sum, cell) => sum + signedRingArea(cell), 0);
    expect(Math.abs(total - signedRingArea(parent)) / signedRingArea(parent)).toBeLessThan(1e-12);
  });
});

describe('samplePoint', () => {
  it('stays strictly inside the ring, at least the promised clearance from every edge', () => {
    const ring: PlanePoint[] = [[0, 0], [4, 0], [5, 3], [1, 4]];
    const sampler = convexSampler(ring);
    const random = createRandom(11);
    const clearance = sampleClearance(sampler, 0.9);
    for (let index = 0; index < 2000; index += 1) {
      const point = samplePoint(sampler, random, 0.9);
      for (let edge = 0; edge < ring.length; edge += 1) {
        const [ax, ay] = ring[edge] as PlanePoint;
        const [bx, by] = ring[(edge + 1) % ring.length] as PlanePoint;
        const distance = ((bx - ax) * (point[1] - ay) - (by - ay) * (point[0] - ax)) / Math.hypot(bx - ax, by - ay);
        expect(distance).toBeGreaterThanOrEqual(clearance * 0.999999);
      }
    }
  });
});

describe('ringToPolygon', () => {
  it('closes the ring as GeoJSON requires', () => {
    const polygon = ringToPolygon(BOX);
    const outer = polygon.coordinates[0] ?? [];
    expect(outer).toHaveLength(5);
    expect(outer[0]).toEqual(outer[4]);
  });
});
