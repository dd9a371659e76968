import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bd09ToGcj02, fromWgs84, gcj02ToBd09, gcj02ToWgs84, toWgs84, wgs84ToGcj02 } from './coordinate-systems.js';
import { distanceMetres } from './geometry.js';

// Published vectors of wandergis/coordtransform (test/app.js) for the point (116.404, 39.915).
describe('coordinate conversion against known vectors', () => {
  it('converts WGS-84 to GCJ-02', () => {
    const gcj = wgs84ToGcj02({ lng: 116.404, lat: 39.915 });
    expect(gcj.lng).toBeCloseTo(116.41024449916938, 10);
    expect(gcj.lat).toBeCloseTo(39.91640428150164, 10);
  });

  it('converts GCJ-02 to BD-09 and back', () => {
    const bd = gcj02ToBd09({ lng: 116.404, lat: 39.915 });
    expect(bd.lng).toBeCloseTo(116.41036949371029, 10);
    expect(bd.lat).toBeCloseTo(39.92133699351021, 10);
    // The published closed-form inverse gives (116.39762729119315, 39.90865673957631); ours refines it
    // by centimetres, so compare in metres and check that it inverts the forward formula exactly.
    const gcj = bd09ToGcj02({ lng: 116.404, lat: 39.915 });
    expect(distanceMetres(gcj, { lng: 116.39762729119315, lat: 39.90865673957631 })).toBeLessThan(0.2);
    expect(distanceMetres(gcj02ToBd09(gcj), { lng: 116.404, lat: 39.915 })).toBeLessThan(0.001);
  });

  it('inverts GCJ-02 more exactly than the one-step formula', () => {
    // The one-step inverse gives (116.39775550083061, 39.91359571849836), a few metres off.
    const wgs = gcj02ToWgs84({ lng: 116.404, lat: 39.915 });
    const back = wgs84ToGcj02(wgs);
    expect(distanceMetres(back, { lng: 116.404, lat: 39.915 })).toBeLessThan(0.001);
    expect(distanceMetres(wgs, { lng: 116.39775550083061, lat: 39.91359571849836 })).toBeLessThan(10);
  });

  it('shifts points near 武进 by about 500 m (WGS→GCJ) and 886 m (GCJ→BD)', () => {
    const hutang = { lng: 119.96, lat: 31.72 };
    const gcj = wgs84ToGcj02(hutang);
    expect(distanceMetres(hutang, gcj)).toBeGreaterThan(400);
    expect(distanceMetres(hutang, gcj)).toBeLessThan(600);
    expect(distanceMetres(gcj, gcj02ToBd09(gcj))).toBeGreaterThan(800);
    expect(distanceMetres(gcj, gcj02ToBd09(gcj))).toBeLessThan(1000);
  });

  it('leaves points outside China unshifted', () => {
    expect(wgs84ToGcj02({ lng: 2.35, lat: 48.85 })).toEqual({ lng: 2.35, lat: 48.85 });
  });
});

const wujinPoint = fc.record({
  lng: fc.double({ min: 119.62, max: 120.22, noNaN: true }),
  lat: fc.double({ min: 31.4, max: 31.83, noNaN: true }),
});

describe('coordinate conversion round trips inside the 武进 box', () => {
  it('WGS→GCJ→WGS stays within 2 m', () => {
    fc.assert(fc.property(wujinPoint, (point) => distanceMetres(point, gcj02ToWgs84(wgs84ToGcj02(point))) < 2), { numRuns: 2000 });
  });

  it('GCJ→BD→GCJ stays within 0.1 m', () => {
    fc.assert(fc.property(wujinPoint, (point) => distanceMetres(point, bd09ToGcj02(gcj02ToBd09(point))) < 0.1), { numRuns: 2000 });
  });

  it('toWgs84 undoes fromWgs84 for every system within 2 m', () => {
    fc.assert(
      fc.property(wujinPoint, fc.constantFrom('wgs84', 'gcj02', 'bd09' as const), (point, system) =>
        distanceMetres(point, toWgs84(fromWgs84(point, system), system)) < 2),
      { numRuns: 1000 },
    );
  });
});
