import { describe, expect, it } from 'vitest';
import type { Grid } from '../regions/region.js';
import { boundingBoxOf, isPointInPolygon, largestPartOf, polygonArea, type MultiPolygon, type Polygon } from './geometry.js';
import { createGridLocator } from './grid-locator.js';

type Ring = [number, number][];
const box = (lng: number, lat: number, width: number, height = width): Ring => [[lng, lat], [lng + width, lat], [lng + width, lat + height], [lng, lat + height], [lng, lat]];
const grid = (code: string, boundary: Grid['boundary']): Grid => ({ id: code, code, districtCode: '320412', townCode: '320412100', villageCode: '320412100201', name: code, boundary });

// A grid of two parts: a main square with a hole, and an island 0.02° east of it.
const split: MultiPolygon = { type: 'MultiPolygon', coordinates: [[box(0, 0, 0.01), box(0.004, 0.004, 0.002)], [box(0.03, 0, 0.004)]] };
// Its neighbour fills the hole and the gap between the parts.
const neighbour: Polygon = { type: 'Polygon', coordinates: [box(0.01, 0, 0.02, 0.01)] };
const hole: Polygon = { type: 'Polygon', coordinates: [box(0.004, 0.004, 0.002)] };

describe('MultiPolygon grids (ADR 0105)', () => {
  const locator = createGridLocator([grid('split', split), grid('neighbour', neighbour), grid('hole', hole)]);

  it('locates a point in the second part to the grid', () => {
    expect(isPointInPolygon({ lng: 0.032, lat: 0.002 }, split)).toBe(true);
    expect(locator.locate({ lng: 0.032, lat: 0.002 })?.code).toBe('split');
  });

  it('leaves out a point in a part\'s hole', () => {
    expect(isPointInPolygon({ lng: 0.005, lat: 0.005 }, split)).toBe(false);
    expect(locator.locate({ lng: 0.005, lat: 0.005 })?.code).toBe('hole');
    expect(locator.locate({ lng: 0.002, lat: 0.002 })?.code).toBe('split');
  });

  it('leaves out a point inside the box of all parts but between them', () => {
    expect(boundingBoxOf(split)).toEqual({ minLng: 0, minLat: 0, maxLng: 0.034, maxLat: 0.01 });
    expect(isPointInPolygon({ lng: 0.02, lat: 0.002 }, split)).toBe(false);
    expect(locator.locate({ lng: 0.02, lat: 0.002 })?.code).toBe('neighbour');
    expect(locator.locate({ lng: 0.032, lat: 0.008 })).toBeUndefined();
  });

  it('measures every part less its holes, and labels the largest part', () => {
    expect(polygonArea(split)).toBeCloseTo(0.01 ** 2 - 0.002 ** 2 + 0.004 ** 2, 12);
    expect(largestPartOf(split).coordinates[0]).toEqual(box(0, 0, 0.01));
    expect(largestPartOf(neighbour)).toBe(neighbour);
  });
});
