import type { LngLat } from './geometry.js';

/**
 * Conversions between WGS-84 (GPS, 天地图 ≈ CGCS2000), GCJ-02 (高德, 腾讯) and BD-09 (百度).
 * We store WGS-84 and convert at the edges. Formulas and constants: shared/reference/domain.md §9.
 */
export const COORDINATE_SYSTEMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type CoordinateSystem = (typeof COORDINATE_SYSTEMS)[number];

// Krasovsky 1940 ellipsoid, as used by the GCJ-02 offset.
const A = 6378245.0;
// 0.00669342162296594323 and 3.14159265358979324 in the reference are these doubles exactly.
const EE = 0.006693421622965943;
const PI = Math.PI;
const X_PI = (PI * 3000.0) / 180.0;

/** The GCJ-02 offset applies only inside mainland China's rough bounding box. */
export function isOutsideChina(point: LngLat): boolean {
  return point.lng < 72.004 || point.lng > 137.8347 || point.lat < 0.8293 || point.lat > 55.8271;
}

function offsetLat(x: number, y: number): number {
  let value = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  value += ((20.0 * Math.sin(6.0 * x * PI) + 20.0 * Math.sin(2.0 * x * PI)) * 2.0) / 3.0;
  value += ((20.0 * Math.sin(y * PI) + 40.0 * Math.sin((y / 3.0) * PI)) * 2.0) / 3.0;
  value += ((160.0 * Math.sin((y / 12.0) * PI) + 320 * Math.sin((y * PI) / 30.0)) * 2.0) / 3.0;
  return value;
}

function offsetLng(x: number, y: number): number {
  let value = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  value += ((20.0 * Math.sin(6.0 * x * PI) + 20.0 * Math.sin(2.0 * x * PI)) * 2.0) / 3.0;
  value += ((20.0 * Math.sin(x * PI) + 40.0 * Math.sin((x / 3.0) * PI)) * 2.0) / 3.0;
  value += ((150.0 * Math.sin((x / 12.0) * PI) + 300.0 * Math.sin((x / 30.0) * PI)) * 2.0) / 3.0;
  return value;
}

/** The GCJ-02 shift (degrees) to add to a WGS-84 point. */
function gcjDelta(point: LngLat): LngLat {
  const dLatRaw = offsetLat(point.lng - 105.0, point.lat - 35.0);
  const dLngRaw = offsetLng(point.lng - 105.0, point.lat - 35.0);
  const radLat = (point.lat / 180.0) * PI;
  const sinLat = Math.sin(radLat);
  const magic = 1 - EE * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  return {
    lat: (dLatRaw * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI),
    lng: (dLngRaw * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * PI),
  };
}

export function wgs84ToGcj02(point: LngLat): LngLat {
  if (isOutsideChina(point)) return point;
  const delta = gcjDelta(point);
  return { lng: point.lng + delta.lng, lat: point.lat + delta.lat };
}

/** Inverse of the GCJ-02 offset by fixed-point iteration, to about 1e-9 degrees. */
export function gcj02ToWgs84(point: LngLat): LngLat {
  if (isOutsideChina(point)) return point;
  let guess: LngLat = point;
  for (let step = 0; step < 30; step += 1) {
    const forward = wgs84ToGcj02(guess);
    const errorLng = forward.lng - point.lng;
    const errorLat = forward.lat - point.lat;
    guess = { lng: guess.lng - errorLng, lat: guess.lat - errorLat };
    if (Math.abs(errorLng) < 1e-10 && Math.abs(errorLat) < 1e-10) break;
  }
  return guess;
}

export function gcj02ToBd09(point: LngLat): LngLat {
  const { lng: x, lat: y } = point;
  const z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
  return { lng: z * Math.cos(theta) + 0.0065, lat: z * Math.sin(theta) + 0.006 };
}

/** The usual closed-form inverse (off by up to ~15 cm), refined by a few fixed-point steps. */
export function bd09ToGcj02(point: LngLat): LngLat {
  const x = point.lng - 0.0065;
  const y = point.lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  let guess: LngLat = { lng: z * Math.cos(theta), lat: z * Math.sin(theta) };
  for (let step = 0; step < 5; step += 1) {
    const forward = gcj02ToBd09(guess);
    guess = { lng: guess.lng - (forward.lng - point.lng), lat: guess.lat - (forward.lat - point.lat) };
  }
  return guess;
}

/** Converts a point given in `system` to WGS-84, the system we store. */
export function toWgs84(point: LngLat, system: CoordinateSystem): LngLat {
  switch (system) {
    case 'wgs84':
      return point;
    case 'gcj02':
      return gcj02ToWgs84(point);
    case 'bd09':
      return gcj02ToWgs84(bd09ToGcj02(point));
  }
}

/** Converts a stored WGS-84 point for display on a map that uses `system`. */
export function fromWgs84(point: LngLat, system: CoordinateSystem): LngLat {
  switch (system) {
    case 'wgs84':
      return point;
    case 'gcj02':
      return wgs84ToGcj02(point);
    case 'bd09':
      return gcj02ToBd09(wgs84ToGcj02(point));
  }
}
