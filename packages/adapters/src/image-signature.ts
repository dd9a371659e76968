import type { PhotoMimeType } from '@safegrid/core';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

/**
 * The photo type announced by the file signature (magic number), or null for anything that is not
 * JPEG, PNG or WebP. Checked before a decoder sees the bytes, so SVG, GIF, HEIC and the like never
 * reach one.
 */
export function photoMimeTypeOf(bytes: Uint8Array): PhotoMimeType | null {
  if (startsWith(bytes, JPEG, 0)) return 'image/jpeg';
  if (startsWith(bytes, PNG, 0)) return 'image/png';
  if (startsWith(bytes, RIFF, 0) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  return null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset: number): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}
