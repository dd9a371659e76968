import { createManualClock, isUuid, uuidV7Time } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { systemClock } from './system-clock.js';
import { createSystemIds } from './uuid-v7-ids.js';

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

describe('system clock', () => {
  it('reads the current time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
