import type { Polygon } from '@safegrid/core';
import type { Random } from './random.js';

/**
 * Pure plane geometry for synthetic but honest boundaries: Voronoi cells of sites inside a convex
 * parent, built by half-plane clipping. Every cell is convex, the cells tile the parent, and the
 * tiling nests (villages tile a town, grids tile a village). Coordinates are [lng, lat] degrees;
 * the cells are Voronoi cells of that plane, which is fine for demo maps.
 */
export type PlanePoint = readonly [number, number];
/** An open ring (first vertex not repeated), counter-clockwise. */
export type ConvexRing = readonly PlanePoint[];

/** The part of a convex ring where a·x + b·y ≤ c (one Sutherland–Hodgman pass). */
export function clipByHalfPlane(ring: ConvexRing, a: number, b: number, c: number): PlanePoint[] {
  const clipped: PlanePoint[] = [];
  const side = (point: PlanePoint) => a * point[0] + b * point[1] - c;
  for (let index = 0; index < ring.length; index += 1) {
    const current = ring[index] as PlanePoint;
    const following = ring[(index + 1) % ring.length] as PlanePoint;
    const currentSide = side(current);
    const followingSide = side(following);
    if (currentSide <= 0) clipped.push(current);
    if ((currentSide < 0 && followingSide > 0) || (currentSide > 0 && followingSide < 0)) {
      const t = currentSide / (currentSide - followingSide);
      clipped.push([current[0] + t * (following[0] - current[0]), current[1] + t * (following[1] - current[1])]);
    }
  }
  return withoutRepeatedVertices(clipped);
}

function withoutRepeatedVertices(ring: PlanePoint[]): PlanePoint[] {
  return ring.filter((point, index) => {
    const previous = ring[(index + ring.length - 1) % ring.length] as PlanePoint;
    return ring.length === 1 || point[0] !== previous[0] || point[1] !== previous[1];
  });
}

/**
 * The Voronoi cell of every site, clipped to the convex `boundary`. Sites must be distinct and
 * inside the boundary; cell i contains site i.
 */
export function voronoiCells(sites: readonly PlanePoint[], boundary: ConvexRing): PlanePoint[][] {
  return sites.map((site, index) => {
    let cell: PlanePoint[] = [...boundary];
    for (let other = 0; other < sites.length && cell.length > 0; other += 1) {
      if (other === index) continue;
      const neighbour = sites[other] as PlanePoint;
      // Points closer to `site` than to `neighbour`: (n − s)·p ≤ (|n|² − |s|²) / 2.
      const a = neighbour[0] - site[0];
      const b = neighbour[1] - site[1];
      const c = (neighbour[0] * neighbour[0] - site[0] * site[0] + neighbour[1] * neighbour[1] - site[1] * site[1]) / 2;
      cell = clipByHalfPlane(cell, a, b, c);
    }
    return cell;
  });
}

/** Shoelace area of a ring; positive when counter-clockwise. */
export function signedRingArea(ring: ConvexRing): number {
  const origin = ring[0];
  if (!origin) return 0;
  // Relative to the first vertex: with lng ≈ 120 the plain formula loses ~10 digits to cancellation.
  let twice = 0;
  for (let index = 1; index < ring.length - 1; index += 1) {
    const [x1, y1] = ring[index] as PlanePoint;
    const [x2, y2] = ring[index + 1] as PlanePoint;
    twice += (x1 - origin[0]) * (y2 - origin[1]) - (x2 - origin[0]) * (y1 - origin[1]);
  }
  return twice / 2;
}

/** The area centroid of a convex ring (inside it). */
export function ringCentroid(ring: ConvexRing): PlanePoint {
  const origin = ring[0];
  if (!origin) throw new RangeError('ringCentroid: empty ring');
  const area = signedRingArea(ring);
  if (area === 0) {
    const sum = ring.reduce<[number, number]>((total, point) => [total[0] + point[0], total[1] + point[1]], [0, 0]);
    return [sum[0] / ring.length, sum[1] / ring.length];
  }
  let x = 0;
  let y = 0;
  for (let index = 1; index < ring.length - 1; index += 1) {
    const [x1, y1] = ring[index] as PlanePoint;
    const [x2, y2] = ring[index + 1] as PlanePoint;
    const ax = x1 - origin[0];
    const ay = y1 - origin[1];
    const bx = x2 - origin[0];
    const by = y2 - origin[1];
    const cross = ax * by - bx * ay;
    x += (ax + bx) * cross;
    y += (ay + by) * cross;
  }
  return [origin[0] + x / (6 * area), origin[1] + y / (6 * area)];
}

/** A convex ring prepared for repeated uniform sampling: its centroid and the fan's cumulative areas. */
export interface ConvexSampler {
  readonly ring: ConvexRing;
  readonly centre: PlanePoint;
  readonly cumulativeAreas: Float64Array;
  /** Distance from the centroid to the nearest edge line. */
  readonly centreClearance: number;
}

export function convexSampler(ring: ConvexRing): ConvexSampler {
  const centre = ringCentroid(ring);
  const cumulativeAreas = new Float64Array(ring.length);
  let total = 0;
  let centreClearance = Infinity;
  ring.forEach((point, index) => {
    const following = ring[(index + 1) % ring.length] as PlanePoint;
    const area = triangleArea(centre, point, following);
    total += area;
    cumulativeAreas[index] = total;
    const edge = Math.hypot(following[0] - point[0], following[1] - point[1]);
    if (edge > 0) centreClearance = Math.min(centreClearance, (2 * area) / edge);
  });
  return { ring, centre, cumulativeAreas, centreClearance };
}

/** How far any `samplePoint(…, inset)` result is at least from the ring's edges. */
export function sampleClearance(sampler: ConvexSampler, inset: number): number {
  return (1 - inset) * sampler.centreClearance;
}

/**
 * A uniform random point of the convex ring shrunk towards its centroid by `inset` (0 < inset < 1),
 * so the point lies strictly inside, never on a shared edge.
 */
export function samplePoint(sampler: ConvexSampler, random: Random, inset = 0.9): PlanePoint {
  const { ring, centre, cumulativeAreas } = sampler;
  const target = random.next() * (cumulativeAreas[cumulativeAreas.length - 1] ?? 0);
  let chosen = 0;
  while (chosen < cumulativeAreas.length - 1 && target >= (cumulativeAreas[chosen] as number)) chosen += 1;
  const b = ring[chosen] as PlanePoint;
  const c = ring[(chosen + 1) % ring.length] as PlanePoint;
  // Uniform in the triangle (centre, b, c): r1 = √u weights the far edge by its length.
  const r1 = Math.sqrt(random.next()) * inset;
  const r2 = random.next();
  return [
    centre[0] + r1 * ((1 - r2) * (b[0] - centre[0]) + r2 * (c[0] - centre[0])),
    centre[1] + r1 * ((1 - r2) * (b[1] - centre[1]) + r2 * (c[1] - centre[1])),
  ];
}

/** `samplePoint` for a ring sampled once. */
export function randomPointInConvexRing(ring: ConvexRing, random: Random, inset = 0.9): PlanePoint {
  return samplePoint(convexSampler(ring), random, inset);
}

function triangleArea(a: PlanePoint, b: PlanePoint, c: PlanePoint): number {
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}

/**
 * `count` well-spread sites inside a convex ring (Mitchell's best candidate: of a few random
 * candidates, keep the one farthest from the sites chosen so far), so no cell is a sliver.
 */
export function spreadSites(ring: ConvexRing, count: number, random: Random, candidates = 10): PlanePoint[] {
  const sites: PlanePoint[] = [];
  const sampler = convexSampler(ring);
  while (sites.length < count) {
    let best: PlanePoint | undefined;
    let bestDistance = -1;
    for (let attempt = 0; attempt < candidates; attempt += 1) {
      const candidate = samplePoint(sampler, random, 0.92);
      const distance = nearestDistanceSquared(candidate, sites);
      if (distance > bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best && bestDistance > 0) sites.push(best);
  }
  return sites;
}

function nearestDistanceSquared(point: PlanePoint, sites: readonly PlanePoint[]): number {
  let nearest = Infinity;
  for (const site of sites) {
    const dx = site[0] - point[0];
    const dy = site[1] - point[1];
    nearest = Math.min(nearest, dx * dx + dy * dy);
  }
  return nearest;
}

/** A counter-clockwise rectangle. */
export function rectangleRing(minX: number, minY: number, maxX: number, maxY: number): PlanePoint[] {
  return [[minX, minY], [maxX, minY], [maxX, maxY], [minX, maxY]];
}

/** A GeoJSON Polygon from an open ring: the ring is closed by repeating its first vertex. */
export function ringToPolygon(ring: ConvexRing): Polygon {
  const first = ring[0];
  if (!first) throw new RangeError('ringToPolygon: empty ring');
  return { type: 'Polygon', coordinates: [[...ring.map((point) => [point[0], point[1]] as const), [first[0], first[1]]]] };
}

/** The open ring of a GeoJSON Polygon's outer boundary (drops the closing vertex). */
export function polygonToRing(polygon: Polygon): PlanePoint[] {
  const outer = polygon.coordinates[0] ?? [];
  return outer.slice(0, -1).map((point) => [point[0], point[1]] as const);
}

/** True when every turn of the ring is to the left (or straight): the ring is convex and CCW. */
export function isConvexCounterClockwise(ring: ConvexRing, tolerance = 1e-15): boolean {
  for (let index = 0; index < ring.length; index += 1) {
    const a = ring[index] as PlanePoint;
    const b = ring[(index + 1) % ring.length] as PlanePoint;
    const c = ring[(index + 2) % ring.length] as PlanePoint;
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (cross < -tolerance) return false;
  }
  return ring.length >= 3;
}
