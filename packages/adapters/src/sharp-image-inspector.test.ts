import { randomBytes } from 'node:crypto';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createSharpImageInspector } from './sharp-image-inspector.js';

const inspector = createSharpImageInspector();

/** A flat-coloured image of the given size; sharp writes EXIF, GPS included, through withExif. */
const canvas = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } });

/** A noisy JPEG, so its entropy-coded data is long enough to damage in the middle. */
const noisyJpeg = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 50 } },
  }).jpeg().toBuffer();

// 31°43'13.44" N, 119°57'36.36" E (31.7204, 119.9601), written as EXIF rationals.
const HUTANG_EXIF = {
  IFD2: { DateTimeOriginal: '2026:03:02 08:30:00' },
  IFD3: {
    GPSLatitudeRef: 'N', GPSLatitude: '31/1 43/1 1344/100',
    GPSLongitudeRef: 'E', GPSLongitude: '119/1 57/1 3636/100',
  },
};

describe('sharp image inspector: types', () => {
  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
  ] as const)('recognises %s from its bytes, with its size', async (format, mimeType) => {
    const bytes = await canvas(64, 48).toFormat(format).toBuffer();
    expect(await inspector.inspect(bytes)).toEqual({ mimeType, width: 64, height: 48, takenAt: null, location: null });
  });

  it.each([
    ['a GIF', () => canvas(16, 16).gif().toBuffer()],
    ['a TIFF', () => canvas(16, 16).tiff().toBuffer()],
    ['an AVIF (the HEIF family, as HEIC)', () => canvas(16, 16).avif().toBuffer()],
    ['an SVG', async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')],
    ['an SVG after a UTF-8 byte order mark', async () => Buffer.from('\ufeff<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')],
    ['random bytes', async () => randomBytes(4096)],
    ['no bytes at all', async () => Buffer.alloc(0)],
    ['a JPEG signature followed by garbage', async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(4096)])],
    ['a PNG signature followed by garbage', async () => Buffer.concat([(await canvas(8, 8).png().toBuffer()).subarray(0, 8), randomBytes(4096)])],
  ])('refuses %s', async (_name, make) => {
    expect(await inspector.inspect(await make())).toBeNull();
  });

  it('refuses a JPEG whose valid headers are followed by garbage', async () => {
    const jpeg = await noisyJpeg(400, 300);
    const headersAndSomeData = jpeg.subarray(0, 1000);
    expect(await inspector.inspect(jpeg)).not.toBeNull();
    expect((await sharp(headersAndSomeData).metadata()).format).toBe('jpeg'); // the header alone looks fine
    expect(await inspector.inspect(Buffer.concat([headersAndSomeData, randomBytes(jpeg.length)]))).toBeNull();
  });

  it('refuses a truncated JPEG', async () => {
    const jpeg = await noisyJpeg(400, 300);
    expect(await inspector.inspect(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBeNull();
  });
});

describe('sharp image inspector: size limits', () => {
  it('accepts an image at the pixel limit and refuses one just above it', async () => {
    const small = createSharpImageInspector({ maxInputPixels: 10_000 });
    expect(await small.inspect(await canvas(100, 100).png().toBuffer())).toMatchObject({ width: 100, height: 100 });
    expect(await small.inspect(await canvas(101, 100).png().toBuffer())).toBeNull();
    expect(await small.inspect(await canvas(100, 101).jpeg().toBuffer())).toBeNull();
  });

  it('refuses a 60-megapixel decompression bomb by default', async () => {
    const bomb = await canvas(10_000, 6_000).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(await inspector.inspect(bomb)).toBeNull();
  });

  it('reports width and height after the EXIF orientation', async () => {
    const rotated = await canvas(40, 30).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(rotated).metadata()).orientation).toBe(6);
    expect(await inspector.inspect(rotated)).toMatchObject({ width: 30, height: 40 });
  });
});

describe('sharp image inspector: EXIF', () => {
  it('reads the time as Asia/Shanghai and the GPS position of a phone JPEG', async () => {
    const jpeg = await canvas(64, 48).jpeg().withExif(HUTANG_EXIF).toBuffer();
    // The fixture itself, read straight from the JPEG by exifr, really carries the GPS position.
    expect(await exifr.gps(jpeg)).toMatchObject({ latitude: expect.closeTo(31.7204, 4) });

    const facts = await inspector.inspect(jpeg);

    expect(facts?.mimeType).toBe('image/jpeg');
    expect(facts?.takenAt).toBe('2026-03-02T00:30:00.000Z');
    expect(Math.abs((facts?.location?.lat ?? 0) - 31.7204)).toBeLessThan(1e-4);
    expect(Math.abs((facts?.location?.lng ?? 0) - 119.9601)).toBeLessThan(1e-4);
  });

  it.each(['png', 'webp'] as const)('reads EXIF from a %s as well', async (format) => {
    const bytes = await canvas(64, 48).toFormat(format).withExif(HUTANG_EXIF).toBuffer();
    const facts = await inspector.inspect(bytes);
    expect(facts?.takenAt).toBe('2026-03-02T00:30:00.000Z');
    expect(facts?.location?.lat).toBeCloseTo(31.7204, 4);
    expect(facts?.location?.lng).toBeCloseTo(119.9601, 4);
  });

  it('gives southern and western positions a negative sign', async () => {
    const jpeg = await canvas(16, 16).jpeg().withExif({
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '33/1 52/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '70/1 30/1 0/1' },
    }).toBuffer();
    const facts = await inspector.inspect(jpeg);
    expect(facts?.location?.lat).toBeCloseTo(-33.8667, 4);
    expect(facts?.location?.lng).toBeCloseTo(-70.5, 4);
  });

  it('keeps the image but drops a date that is not real', async () => {
    const jpeg = await canvas(16, 16).jpeg().withExif({ IFD2: { DateTimeOriginal: '0000:00:00 00:00:00' } }).toBuffer();
    expect(await inspector.inspect(jpeg)).toEqual({
      mimeType: 'image/jpeg', width: 16, height: 16, takenAt: null, location: null,
    });
  });

  it('keeps the image when its EXIF block points outside itself', async () => {
    const tiff = Buffer.concat([Buffer.from('II*\0'), Buffer.from([0xff, 0xff, 0xff, 0x7f]), randomBytes(32)]);
    const jpeg = withExifSegment(await canvas(32, 24).jpeg().toBuffer(), tiff);
    expect(await inspector.inspect(jpeg)).toEqual({
      mimeType: 'image/jpeg', width: 32, height: 24, takenAt: null, location: null,
    });
  });

  it('keeps the image when its EXIF block is cut short', async () => {
    const withExif = await canvas(32, 24).jpeg().withExif(HUTANG_EXIF).toBuffer();
    const exif = (await sharp(withExif).metadata()).exif!;
    const truncated = exif.subarray(6, Math.floor(exif.length / 2)); // without "Exif\0\0", which the helper adds
    const jpeg = withExifSegment(await canvas(32, 24).jpeg().toBuffer(), truncated);
    expect(await inspector.inspect(jpeg)).toMatchObject({ mimeType: 'image/jpeg', width: 32, height: 24 });
  });
});

describe('sharp image inspector: thumbnails', () => {
  it('makes a WebP that fits inside 320×320 and keeps the aspect ratio', async () => {
    const thumbnail = await inspector.thumbnail(await canvas(1200, 900).jpeg().toBuffer());
    expect(await inspector.inspect(thumbnail)).toMatchObject({ mimeType: 'image/webp', width: 320, height: 240 });
  });

  it('applies the EXIF orientation', async () => {
    const rotated = await canvas(640, 480).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const metadata = await sharp(await inspector.thumbnail(rotated)).metadata();
    expect([metadata.width, metadata.height, metadata.orientation]).toEqual([240, 320, undefined]);
  });

  it('does not enlarge a small image', async () => {
    const metadata = await sharp(await inspector.thumbnail(await canvas(100, 80).png().toBuffer())).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['webp', 100, 80]);
  });

  it('carries no EXIF, so no GPS position', async () => {
    const photo = await canvas(800, 600).jpeg().withExif(HUTANG_EXIF).toBuffer();
    // Control: a WebP that keeps the metadata does hold GPS that this check finds.
    const keptMetadata = await sharp(photo).webp().keepExif().toBuffer();
    const keptExif = webpChunk(keptMetadata, 'EXIF')!;
    const keptTiff = keptExif.toString('latin1', 0, 6) === 'Exif\0\0' ? keptExif.subarray(6) : keptExif;
    expect(await exifr.gps(keptTiff)).toMatchObject({ latitude: expect.closeTo(31.7204, 4) });

    const thumbnail = await inspector.thumbnail(photo);

    expect(webpChunk(thumbnail, 'EXIF')).toBeUndefined();
    expect(webpChunk(thumbnail, 'XMP ')).toBeUndefined();
    expect((await sharp(thumbnail).metadata()).exif).toBeUndefined();
  });
});

/**
 * Inserts an APP1 "Exif" segment holding `tiff` right after the JPEG's start-of-image marker.
 * sharp only writes well-formed EXIF, so damaged blocks are built by hand here.
 */
function withExifSegment(jpeg: Buffer, tiff: Uint8Array): Buffer {
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

/** The payload of the first RIFF chunk named `fourCc` in a WebP file, if any. */
function webpChunk(bytes: Uint8Array, fourCc: string): Buffer | undefined {
  const webp = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 12; // "RIFF", size, "WEBP"
  while (offset + 8 <= webp.length) {
    const name = webp.toString('latin1', offset, offset + 4);
    const size = webp.readUInt32LE(offset + 4);
    if (name === fourCc) return webp.subarray(offset + 8, offset + 8 + size);
    offset += 8 + size + (size % 2); // chunks are padded to an even length
  }
  return undefined;
}
