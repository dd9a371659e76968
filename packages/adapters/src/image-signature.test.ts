import { describe, expect, it } from 'vitest';
import { photoMimeTypeOf } from './image-signature.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('photo type from the file signature', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe1]), 'image/jpeg'],
    ['PNG', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]), 'image/png'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
  ])('recognises %s', (_name, signature, mimeType) => {
    expect(photoMimeTypeOf(signature)).toBe(mimeType);
  });

  it.each([
    ['a RIFF file that is not WebP (AVI)', bytes('RIFF', [0x24, 0, 0, 0], 'AVI LIST')],
    ['GIF', bytes('GIF89a')],
    ['HEIC', bytes([0, 0, 0, 0x18], 'ftypheic')],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a PNG signature with one wrong byte', bytes([0x89], 'PNG\r\n\x1a\r')],
    ['a cut-off JPEG signature', bytes([0xff, 0xd8])],
    ['nothing', bytes()],
  ])('refuses %s', (_name, signature) => {
    expect(photoMimeTypeOf(signature)).toBeNull();
  });
});
