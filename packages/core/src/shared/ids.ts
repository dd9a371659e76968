import type { Clock } from './clock.js';

/** Produces new ids. UUIDv7 in production: text, time-ordered, made by the application. */
export interface IdGenerator {
  newId(): string;
}

/**
 * UUIDv7 (RFC 9562) from a clock and a source of random bytes. Ids made in the same millisecond
 * stay ordered through a counter in the random bits, so keyset pagination by id follows creation.
 */
export function createUuidV7Generator(clock: Clock, randomBytes: (size: number) => Uint8Array): IdGenerator {
  let lastMs = -1;
  let counter = 0;
  return {
    newId() {
      let ms = clock.now().getTime();
      if (ms <= lastMs) {
        ms = lastMs;
        counter += 1;
      } else {
        lastMs = ms;
        counter = 0;
      }
      if (counter > 0xfff) {
        lastMs += 1;
        ms = lastMs;
        counter = 0;
      }
      return formatUuidV7(ms, counter, randomBytes(8));
    },
  };
}

/** Formats a UUIDv7 from a millisecond timestamp, a 12-bit sequence and 8 random bytes. */
export function formatUuidV7(ms: number, sequence: number, random: Uint8Array): string {
  const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');
  const time = hex(ms, 12);
  const randA = hex(0x7000 | (sequence & 0xfff), 4);
  const variant = ((random[0] ?? 0) & 0x3f) | 0x80;
  const randB = hex(variant, 2) + hex(random[1] ?? 0, 2);
  let tail = '';
  for (let index = 2; index < 8; index += 1) tail += hex(random[index] ?? 0, 2);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${randA}-${randB}-${tail}`;
}

/** The creation instant encoded in a UUIDv7. */
export function uuidV7Time(id: string): Date {
  return new Date(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
