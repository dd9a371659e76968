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

/** A GeoJSON MultiPolygon: several parts (an enclave, an island), each a Polygon's rings. */
export interface MultiPolygon {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly Polygon['coordinates'][];
}

/** An area as GeoJSON: one Polygon or a MultiPolygon of parts (ADR 0105). */
export type Area = Polygon | MultiPolygon;

/** The parts of an area, each a Polygon; a Polygon is its own single part. */
export function partsOf(area: Area): Polygon[] {
  return area.type === 'Polygon' ? [area] : area.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
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

/** The box around every part's outer ring. */
export function boundingBoxOf(area: Area): BoundingBox {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const part of partsOf(area)) {
    for (const [lng, lat] of part.coordinates[0] ?? []) {
      if (lng < minLng) minLng = lng;
      if (lat < minLat) minLat = lat;
      if (lng > maxLng) maxLng = lng;
      if (lat > maxLat) maxLat = lat;
    }
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

function isPointInPart(point: LngLat, rings: Polygon['coordinates']): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !isInRing(point, outer)) return false;
  return !holes.some((hole) => isInRing(point, hole));
}

/** Inside when inside some part's outer ring and in none of that part's holes. */
export function isPointInPolygon(point: LngLat, area: Area): boolean {
  if (area.type === 'Polygon') return isPointInPart(point, area.coordinates);
  return area.coordinates.some((rings) => isPointInPart(point, rings));
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

export function polygonArea(area: Area): number {
  return partsOf(area).reduce((total, part) => {
    const [outer, ...holes] = part.coordinates;
    return outer ? total + ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0) : total;
  }, 0);
}

/** The part with the largest area, where a label or a representative point belongs. */
export function largestPartOf(area: Area): Polygon {
  const parts = partsOf(area);
  let best = parts[0] ?? { type: 'Polygon', coordinates: [] };
  for (const part of parts.slice(1)) if (polygonArea(part) > polygonArea(best)) best = part;
  return best;
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
