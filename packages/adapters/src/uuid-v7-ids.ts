import { randomFillSync } from 'node:crypto';
import { createUuidV7Generator, type Clock, type IdGenerator } from '@safegrid/core';

/** Bytes drawn from the operating system at once: 512 ids' worth. */
const RANDOM_POOL_SIZE = 4096;

/**
 * Cryptographic random bytes served from a pool refilled by one system call when it runs out,
 * as `crypto.randomUUID()` does: every request gets an id, and one call per id costs more than
 * the rest of making it. Each answer is a copy, so no two callers ever share bytes.
 */
export function pooledRandomBytes(poolSize = RANDOM_POOL_SIZE): (size: number) => Uint8Array {
  const pool = new Uint8Array(poolSize);
  let offset = poolSize;
  return (size) => {
    if (size > poolSize) return randomFillSync(new Uint8Array(size));
    if (offset + size > poolSize) {
      randomFillSync(pool);
      offset = 0;
    }
    const bytes = pool.slice(offset, offset + size);
    offset += size;
    return bytes;
  };
}

/** UUIDv7 ids from `clock` and the operating system's cryptographic random source. */
export function createSystemIds(clock: Clock): IdGenerator {
  return createUuidV7Generator(clock, pooledRandomBytes());
}
