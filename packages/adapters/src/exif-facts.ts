import exifr from 'exifr';
import { isValidLngLat, type LngLat } from '@safegrid/core';

/** What SafeGrid keeps from a photo's EXIF: when and where it was taken. */
export interface ExifFacts {
  readonly takenAt: string | null;
  readonly location: LngLat | null;
}

const NO_FACTS: ExifFacts = { takenAt: null, location: null };

// Asia/Shanghai has been UTC+8 without daylight saving since 1991, so a fixed offset is exact.
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"
const EXIF_DATE_TIME = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;

/**
 * Reads DateTimeOriginal (as Asia/Shanghai wall time) and the GPS position from an EXIF block:
 * a TIFF structure, with or without the `Exif\0\0` header. Missing, corrupt or implausible values
 * give null; this never throws.
 */
export async function readExifFacts(exif: Uint8Array | undefined): Promise<ExifFacts> {
  if (!exif || exif.byteLength === 0) return NO_FACTS;
  let tags: unknown;
  try {
    tags = await exifr.parse(withoutExifHeader(exif), {
      tiff: true, ifd0: {}, exif: true, gps: true, ifd1: false, interop: false,
      makerNote: false, userComment: false, xmp: false, icc: false, iptc: false, jfif: false, ihdr: false,
      // P20 in the stack notes: revived dates are read in the process's zone; keep the raw text.
      reviveValues: false,
      translateValues: false,
      mergeOutput: true,
    });
  } catch {
    return NO_FACTS;
  }
  if (typeof tags !== 'object' || tags === null) return NO_FACTS;
  const record = tags as Record<string, unknown>;
  return {
    takenAt: exifDateTimeToInstant(record['DateTimeOriginal'], SHANGHAI_OFFSET_MINUTES),
    location: gpsLocation(record['latitude'], record['longitude']),
  };
}

/**
 * Turns an EXIF date-time (`YYYY:MM:DD HH:MM:SS`, a wall time without zone) into an ISO UTC
 * instant, given the UTC offset of the wall clock. Null for anything that is not a real date.
 */
export function exifDateTimeToInstant(value: unknown, utcOffsetMinutes: number): string | null {
  if (typeof value !== 'string') return null;
  const match = EXIF_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as
    [number, number, number, number, number, number];
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2026:02:30 over to March; a date that does not round-trip was not real.
  const isRealDate =
    year >= 1900 && wallClock.getUTCFullYear() === year && wallClock.getUTCMonth() === month - 1 &&
    wallClock.getUTCDate() === day && wallClock.getUTCHours() === hour &&
    wallClock.getUTCMinutes() === minute && wallClock.getUTCSeconds() === second;
  if (!isRealDate) return null;
  return new Date(wallClock.getTime() - utcOffsetMinutes * 60_000).toISOString();
}

function gpsLocation(latitude: unknown, longitude: unknown): LngLat | null {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  const location = { lng: longitude, lat: latitude };
  if (!isValidLngLat(location)) return null;
  // Some phones write 0/0 when they had no fix; nobody inspects a site at 0°N 0°E.
  if (latitude === 0 && longitude === 0) return null;
  return location;
}

function withoutExifHeader(exif: Uint8Array): Uint8Array {
  const hasHeader = EXIF_HEADER.every((byte, index) => exif[index] === byte);
  return hasHeader ? exif.subarray(EXIF_HEADER.length) : exif;
}
