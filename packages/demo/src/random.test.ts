import { describe, expect, it } from 'vitest';
import { createRandom, hashString, mixSeed, recordRandom } from './random.js';

const draws = (seed: number, count = 20) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.uint32());
};

describe('seeded random streams', () => {
  it('repeat exactly for the same seed and differ for another', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it('give each record its own stream, independent of the order records are drawn in', () => {
    const first = recordRandom(5, 2, 1000).uint32();
    recordRandom(5, 2, 999).uint32();
    expect(recordRandom(5, 2, 1000).uint32()).toBe(first);
    expect(recordRandom(5, 3, 1000).uint32()).not.toBe(first);
  });

  it('keeps integers within their bounds and hits both ends', () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let index = 0; index < 2000; index += 1) seen.add(random.int(3, 8));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('never picks a key of weight zero', () => {
    const random = createRandom(9);
    for (let index = 0; index < 2000; index += 1) expect(random.weighted({ never: 0, often: 3, rarely: 1 })).not.toBe('never');
  });

  it('mixes seeds and strings into distinct numbers', () => {
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    expect(mixSeed(1, 2 ** 32)).not.toBe(mixSeed(1, 0));
    expect(hashString('320412')).not.toBe(hashString('320411'));
  });
});
