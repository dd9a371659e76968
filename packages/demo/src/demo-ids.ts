import { formatUuidV7 } from '@safegrid/core';
import type { Random } from './random.js';

/**
 * A UUIDv7 for a record created at `ms`, its sequence and random bits drawn from the record's own
 * stream: ids sort by creation time and the same seed gives the same id.
 */
export function demoUuidV7(ms: number, random: Random): string {
  const high = random.uint32();
  const low = random.uint32();
  const bytes = new Uint8Array([
    high >>> 24, (high >>> 16) & 0xff, (high >>> 8) & 0xff, high & 0xff,
    low >>> 24, (low >>> 16) & 0xff, (low >>> 8) & 0xff, low & 0xff,
  ]);
  return formatUuidV7(ms, random.int(0, 0xfff), bytes);
}
