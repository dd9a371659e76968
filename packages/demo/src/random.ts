/**
 * Seeded randomness for the demo generator. Every record draws from its own stream, derived from
 * the seed, a stream label and the record's index, so record i can be recomputed on its own.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** A log-normal value with the given median, clamped to [min, max] and rounded. */
  logNormalInt(median: number, sigma: number, min: number, max: number): number;
  /** An exponential value with the given mean. */
  exponential(mean: number): number;
}

/** 32-bit avalanche (the murmur3 finaliser). */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines numbers into one well-mixed 32-bit seed; order matters. */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    // Fold in both halves so indices beyond 2^32 still differ.
    h = fmix32(h ^ fmix32(part >>> 0));
    h = fmix32(h + Math.floor(part / 0x1_0000_0000));
  }
  return h;
}

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded through fmix32. */
export function createRandom(seed: number): Random {
  let a = fmix32(seed ^ 0xa3c59ac3);
  let b = fmix32(seed ^ 0x3c6ef372);
  let c = fmix32(seed ^ 0x1b873593);
  let d = 1;
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so nearby seeds diverge before the first draw is used.
  for (let round = 0; round < 12; round += 1) uint32();
  const next = (): number => uint32() / 0x1_0000_0000;

  return {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('random.pick: no items');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
      // for…in avoids allocating an entries array: this runs several times per generated record.
      let total = 0;
      let last: K | undefined;
      for (const key in weights) total += weights[key] as number;
      let target = next() * total;
      for (const key in weights) {
        const weight = weights[key] as number;
        if (weight > 0) last = key;
        target -= weight;
        if (target < 0) return key;
      }
      if (last === undefined) throw new RangeError('random.weighted: no weights');
      return last;
    },
    logNormalInt(median, sigma, min, max) {
      // Box–Muller; 1 - next() keeps the logarithm finite.
      const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return Math.min(max, Math.max(min, Math.round(median * Math.exp(sigma * normal))));
    },
    exponential: (mean) => -mean * Math.log(1 - next()),
  };
}

/** The independent stream of record `index` under `label` (a fixed number per kind of record). */
export function recordRandom(seed: number, label: number, index: number): Random {
  return createRandom(mixSeed(seed, label, index));
}

/** Stream labels: each kind of record draws from its own family of streams. */
export const STREAMS = {
  layout: 1,
  unitCore: 2,
  unitDetail: 3,
  parks: 4,
  users: 5,
  hazardTime: 6,
  hazardSubject: 7,
  hazardLifecycle: 8,
  salt: 9,
  hazardPlan: 10,
  campaign: 11,
  inspection: 12,
  tenantReview: 13,
} as const;
