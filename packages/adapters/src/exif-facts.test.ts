import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exifDateTimeToInstant, readExifFacts } from './exif-facts.js';

const SHANGHAI = 8 * 60;

describe('EXIF date-time to instant', () => {
  it.each([
    ['2026:03:02 08:30:00', '2026-03-02T00:30:00.000Z'],
    ['2026:01:01 07:59:59', '2025-12-31T23:59:59.000Z'],
    ['2024:02:29 23:00:00', '2024-02-29T15:00:00.000Z'],
    ['2026-03-02 08:30:00', '2026-03-02T00:30:00.000Z'],
    ['2026:03:02 08:30:00\u0000', '2026-03-02T00:30:00.000Z'],
  ])('reads %j as Shanghai wall time', (text, instant) => {
    expect(exifDateTimeToInstant(text, SHANGHAI)).toBe(instant);
  });

  it.each([
    ['the blank date cameras write', '0000:00:00 00:00:00'],
    ['blanks', '    :  :     :  :  '],
    ['a day that does not exist', '2026:02:30 08:00:00'],
    ['February 29th outside a leap year', '2025:02:29 08:00:00'],
    ['hour 24', '2026:03:02 24:00:00'],
    ['minute 60', '2026:03:02 08:60:00'],
    ['a date without a time', '2026:03:02'],
    ['text', 'yesterday'],
  ])('gives null for %s', (_name, text) => {
    expect(exifDateTimeToInstant(text, SHANGHAI)).toBeNull();
  });

  it.each([[undefined], [null], [20260302], [new Date('2026-03-02T00:30:00Z')]])('gives null for the non-string %j', (value) => {
    expect(exifDateTimeToInstant(value, SHANGHAI)).toBeNull();
  });
});

describe('reading EXIF facts', () => {
  it.each([
    ['no block', undefined],
    ['an empty block', new Uint8Array()],
    ['random bytes', randomBytes(256)],
    ['a TIFF header pointing past its end', Buffer.concat([Buffer.from('MM\0*'), Buffer.from([0x7f, 0xff, 0xff, 0xff])])],
    ['only the Exif header', Buffer.from('Exif\0\0', 'latin1')],
  ])('knows neither time nor place from %s, without throwing', async (_name, block) => {
    await expect(readExifFacts(block)).resolves.toEqual({ takenAt: null, location: null });
  });
});
