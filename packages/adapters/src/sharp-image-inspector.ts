import type { Metadata, SharpOptions } from 'sharp';
import { loadSharp } from './lazy-modules.js';
import type { ImageFacts, ImageInspector, PhotoMimeType } from '@safegrid/core';
import { readExifFacts } from './exif-facts.js';
import { photoMimeTypeOf } from './image-signature.js';
import { watermarkPhoto } from './photo-watermark.js';

/**
 * Largest accepted image, 50 megapixels: room for 12–48 MP phone photos. Some "50 MP" camera modes
 * write 8192 × 6144 (50.3 MP), which this refuses; raise `maxInputPixels` if such phones are in use.
 */
export const DEFAULT_MAX_INPUT_PIXELS = 50_000_000;

/** Thumbnails fit inside a square of this many pixels. */
export const THUMBNAIL_SIZE = 320;

/** Settings for {@link createSharpImageInspector}; the defaults suit production. */
export interface SharpImageInspectorOptions {
  /** Images with more pixels (width × height) are refused before decoding: decompression bombs. */
  readonly maxInputPixels?: number;
}

const MIME_TYPE_BY_FORMAT: Readonly<Record<string, PhotoMimeType>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/**
 * Reads photos with sharp (libvips) and EXIF with exifr. The type comes from the bytes alone and
 * only JPEG, PNG and WebP pass; oversized, truncated or corrupt images give null. EXIF problems
 * never reject an image: they only leave its time and place unknown.
 */
export function createSharpImageInspector(options: SharpImageInspectorOptions = {}): ImageInspector {
  const maxInputPixels = options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS;
  if (!Number.isSafeInteger(maxInputPixels) || maxInputPixels < 1) {
    throw new RangeError(`maxInputPixels must be a positive integer, not ${maxInputPixels}.`);
  }
  const input: SharpOptions = {
    limitInputPixels: maxInputPixels,
    // sharp's default, stated because it matters: libjpeg reports garbage after a valid header
    // only as a warning, and such a file is not evidence anyone can look at.
    failOn: 'warning',
  };

  return {
    async inspect(bytes) {
      const mimeType = photoMimeTypeOf(bytes);
      if (!mimeType) return null;
      const metadata = await decodableMetadata(bytes, input);
      if (!metadata || MIME_TYPE_BY_FORMAT[metadata.format] !== mimeType) return null;
      const size = orientedSize(metadata);
      if (!size || size.width * size.height > maxInputPixels) return null;
      const { takenAt, location } = await readExifFacts(metadata.exif);
      const facts: ImageFacts = { mimeType, ...size, takenAt, location };
      return facts;
    },

    async thumbnail(bytes) {
      // rotate() applies the EXIF orientation; output drops all metadata, GPS included (P21).
      const sharp = await loadSharp();
      return sharp(bytes, input)
        .rotate()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer();
    },

    watermark(bytes, lines) {
      return watermarkPhoto(bytes, lines, maxInputPixels);
    },
  };
}

/** Header metadata, after checking that the whole image decodes; undefined when it does not. */
async function decodableMetadata(bytes: Uint8Array, input: SharpOptions): Promise<Metadata | undefined> {
  const sharp = await loadSharp();
  try {
    const metadata = await sharp(bytes, input).metadata();
    // The header can be fine while the data after it is truncated or garbage. Decoding to a tiny
    // size reads every byte yet lets JPEG skip most of the work (shrink-on-load).
    await sharp(bytes, input).resize(16, 16, { fit: 'inside' }).raw().toBuffer();
    return metadata;
  } catch {
    return undefined;
  }
}

function orientedSize(metadata: Metadata): { width: number; height: number } | undefined {
  const { width, height } = metadata.autoOrient;
  if (!Number.isSafeInteger(width) || !Number.isSafeInteger(height) || width < 1 || height < 1) return undefined;
  return { width, height };
}
