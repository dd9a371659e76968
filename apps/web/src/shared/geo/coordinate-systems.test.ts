import { fromWgs84, toWgs84 } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, toDisplay, wgs84ToGcj02 } from './coordinate-systems';

// A lattice over 武进 and well beyond, plus points outside China where no offset applies.
const POINTS = [
  ...Array.from({ length: 21 }, (_, i) => Array.from({ length: 21 }, (__, j) => ({ lng: 73 + i * 3.2, lat: 18 + j * 1.8 }))).flat(),
  { lng: 119.95, lat: 31.7 },
  { lng: -0.12, lat: 51.5 },
  { lng: 139.7, lat: 35.7 },
];

describe('the web copy of the GCJ-02 conversion', () => {
  it('agrees with core to the last bit, both ways', () => {
    for (const point of POINTS) {
      expect(wgs84ToGcj02(point)).toEqual(fromWgs84(point, 'gcj02'));
      expect(gcj02ToWgs84(point)).toEqual(toWgs84(point, 'gcj02'));
    }
  });

  it('shifts 武进 by a few hundred metres on 高德 maps and not at all on WGS-84 ones', () => {
    const point = { lng: 119.95, lat: 31.7 };
    const shifted = toDisplay(point, 'gcj02');
    expect(Math.abs(shifted.lng - point.lng)).toBeGreaterThan(0.003);
    expect(Math.abs(shifted.lat - point.lat)).toBeGreaterThan(0.001);
    expect(toDisplay(point, 'wgs84')).toBe(point);
  });
});
