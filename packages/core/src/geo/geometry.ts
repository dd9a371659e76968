/** A point as [longitude, latitude] in degrees, WGS-84 unless a name says otherwise. */
export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}

/** A GeoJSON Polygon geometry: the first ring is the outer boundary, the others are holes. */
export interface Polygon {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly (readonly [number, number])[])[];
}

export interface BoundingBox {
  readonly minLng: number;
  readonly minLat: number;
  readonly maxLng: number;
  readonly maxLat: number;
}

export function isValidLngLat(point: LngLat): boolean {
  return (
    Number.isFinite(point.lng) && Number.isFinite(point.lat) &&
    point.lng >= -180 && point.lng <= 180 && point.lat >= -90 && point.lat <= 90
  );
}

export function boundingBoxOf(polygon: Polygon): BoundingBox {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const [lng, lat] of polygon.coordinates[0] ?? []) {
    if (lng < minLng) minLng = lng;
    if (lat < minLat) minLat = lat;
    if (lng > maxLng) maxLng = lng;
    if (lat > maxLat) maxLat = lat;
  }
  return { minLng, minLat, maxLng, maxLat };
}

/** Even-odd ray casting; a point exactly on an edge may fall on either side, consistently per edge. */
function isInRing(point: LngLat, ring: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    if (yi > point.lat !== yj > point.lat) {
      const crossing = ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi;
      if (point.lng < crossing) inside = !inside;
    }
  }
  return inside;
}

export function isPointInPolygon(point: LngLat, polygon: Polygon): boolean {
  const [outer, ...holes] = polygon.coordinates;
  if (!outer || !isInRing(point, outer)) return false;
  return !holes.some((hole) => isInRing(point, hole));
}

/** Planar area in square degrees of a simple ring (shoelace); enough for tiling checks. */
export function ringArea(ring: readonly (readonly [number, number])[]): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    twice += xj * yi - xi * yj;
  }
  return Math.abs(twice) / 2;
}

export function polygonArea(polygon: Polygon): number {
  const [outer, ...holes] = polygon.coordinates;
  if (!outer) return 0;
  return ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres. */
export function distanceMetres(a: LngLat, b: LngLat): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
