import type { GridResponse } from '@safegrid/contracts';

type Rings = number[][][];

/** Every part of a grid's outline as a Polygon's rings: a Polygon is one part (ADR 0105). */
export function gridParts(boundary: GridResponse['boundary']): Rings[] {
  return boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
}

/** Planar area of a part's outer ring (shoelace), enough to compare parts of one grid. */
function outerArea(rings: Rings): number {
  const ring = rings[0] ?? [];
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    twice += xj * yi - xi * yj;
  }
  return Math.abs(twice) / 2;
}

/** The part where the grid's name goes: the largest one. */
export function largestGridPart(boundary: GridResponse['boundary']): Rings {
  let best: Rings = [];
  let bestArea = -1;
  for (const part of gridParts(boundary)) {
    const area = outerArea(part);
    if (area > bestArea) [best, bestArea] = [part, area];
  }
  return best;
}
