import { formatUuidV7 } from '@safegrid/core';
import { hashString, type Random } from './random.js';

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

/**
 * A UUIDv7 for a record that belongs to `key` (a unit id plus the record's kind and index), with
 * the same draws from `random` as `demoUuidV7` so the record's other fields stay as they were. The
 * random bits are two 32-bit hashes of the key instead (forwards and backwards): a stream seeded from a 32-bit
 * hash of the unit id is shared by two units once a district has tens of thousands of them (birthday
 * bound), and their records would otherwise get the same id.
 */
export function demoUuidV7Keyed(ms: number, random: Random, key: string): string {
  random.uint32();
  random.uint32();
  const sequence = random.int(0, 0xfff);
  const high = hashString(key);
  // FNV-1a keeps a collision under any common suffix, so the second hash reads the key backwards.
  const low = hashString([...key].reverse().join(''));
  const bytes = new Uint8Array([
    high >>> 24, (high >>> 16) & 0xff, (high >>> 8) & 0xff, high & 0xff,
    low >>> 24, (low >>> 16) & 0xff, (low >>> 8) & 0xff, low & 0xff,
  ]);
  return formatUuidV7(ms, sequence, bytes);
}
