import { createManualClock, isUuid, uuidV7Time } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { systemClock } from './system-clock.js';
import { createSystemIds, pooledRandomBytes } from './uuid-v7-ids.js';

describe('system ids', () => {
  it('makes distinct, ordered UUIDv7 ids that carry the clock time', () => {
    const clock = createManualClock('2026-03-02T00:30:00.000Z');
    const ids = createSystemIds(clock);
    const made = Array.from({ length: 100 }, () => ids.newId());
    expect(new Set(made).size).toBe(made.length);
    expect([...made].sort()).toEqual(made);
    for (const id of made) {
      expect(isUuid(id)).toBe(true);
      expect(id[14]).toBe('7');
      expect(uuidV7Time(id).toISOString()).toBe('2026-03-02T00:30:00.000Z');
    }
  });

  it('draws fresh random bits for each generator', () => {
    const clock = createManualClock('2026-03-02T00:30:00.000Z');
    expect(createSystemIds(clock).newId()).not.toBe(createSystemIds(clock).newId());
  });
});

describe('pooled random bytes', () => {
  it('never repeats bytes across calls, refills included, and answers copies', () => {
    const random = pooledRandomBytes(64);
    const drawn = Array.from({ length: 40 }, () => random(8));
    expect(drawn.every((bytes) => bytes.length === 8)).toBe(true);
    // 40 × 8 bytes span five refills of the 64-byte pool: no two draws may be equal.
    expect(new Set(drawn.map((bytes) => Buffer.from(bytes).toString('hex'))).size).toBe(drawn.length);
    const first = drawn[0] ?? new Uint8Array();
    const copy = Uint8Array.from(first);
    for (let index = 0; index < 20; index += 1) random(8);
    expect(first).toEqual(copy);
  });

  it('serves a draw larger than the pool on its own', () => {
    expect(pooledRandomBytes(16)(40)).toHaveLength(40);
  });
});

describe('system clock', () => {
  it('reads the current time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
