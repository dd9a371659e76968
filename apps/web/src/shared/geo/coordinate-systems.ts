/**
 * WGS-84 ⇄ GCJ-02 for drawing our WGS-84 geometry on 高德 (GCJ-02) base maps and reading clicks
 * back. A copy of the formulas in core's geo/coordinate-systems.ts (the web may not import core,
 * ADR 0022); coordinate-systems.test.ts checks the copy against core point by point.
 */
export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}

// Krasovsky 1940 ellipsoid, as used by the GCJ-02 offset.
const A = 6378245.0;
const EE = 0.006693421622965943;
const PI = Math.PI;

function isOutsideChina(point: LngLat): boolean {
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

export function wgs84ToGcj02(point: LngLat): LngLat {
  if (isOutsideChina(point)) return point;
  const dLatRaw = offsetLat(point.lng - 105.0, point.lat - 35.0);
  const dLngRaw = offsetLng(point.lng - 105.0, point.lat - 35.0);
  const radLat = (point.lat / 180.0) * PI;
  const sinLat = Math.sin(radLat);
  const magic = 1 - EE * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  return {
    lng: point.lng + (dLngRaw * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * PI),
    lat: point.lat + (dLatRaw * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI),
  };
}

/** Inverse by fixed-point iteration, to about 1e-9 degrees. */
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

/** A stored WGS-84 point as drawn on a base map in `crs`. */
export function toDisplay(point: LngLat, crs: 'wgs84' | 'gcj02'): LngLat {
  return crs === 'gcj02' ? wgs84ToGcj02(point) : point;
}
