import { describe, expect, it } from 'vitest';
import { gridParts, largestGridPart } from './grid-parts';

const box = (lng: number, lat: number, size: number): number[][] => [[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]];

describe('grid outline parts (ADR 0105)', () => {
  it('outlines a Polygon as one part and a MultiPolygon part by part', () => {
    expect(gridParts({ type: 'Polygon', coordinates: [box(0, 0, 1)] })).toEqual([[box(0, 0, 1)]]);
    expect(gridParts({ type: 'MultiPolygon', coordinates: [[box(0, 0, 1)], [box(3, 0, 2), box(3.5, 0.5, 1)]] })).toHaveLength(2);
  });

  it('puts the label on the largest part, wherever it is in the list', () => {
    const island = [box(5, 5, 0.5)];
    const main = [box(0, 0, 2)];
    expect(largestGridPart({ type: 'MultiPolygon', coordinates: [island, main, [box(9, 9, 1)]] })).toBe(main);
  });
});
