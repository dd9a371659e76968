import { randomBytes } from 'node:crypto';
import { createUuidV7Generator, type Clock, type IdGenerator } from '@safegrid/core';

/** UUIDv7 ids from `clock` and the operating system's cryptographic random source. */
export function createSystemIds(clock: Clock): IdGenerator {
  return createUuidV7Generator(clock, (size) => randomBytes(size));
}
