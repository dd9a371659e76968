import sharp from 'sharp';
import { fileURLToPath } from 'node:url';

// The vendored Noto Sans SC (GB 2312 subset) the PDFs use: the watermark needs no system fonts.
const FONT_FILE = fileURLToPath(new URL('../fonts/NotoSansSC-Regular-GB2312.ttf', import.meta.url));

/** Evidence photos are stored stamped at most this wide or high (phone photos are larger). */
export const WATERMARK_MAX_SIZE = 1920;

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Stamps `lines` (time, place, who, unit) in white on a dark band along the bottom of the photo
 * (ADR 0087), after applying the EXIF orientation and bounding the size; the original is kept
 * apart. The text scales with the photo's width so it stays legible on a phone and in print.
 */
export async function watermarkPhoto(bytes: Uint8Array, lines: readonly string[], limitInputPixels: number): Promise<Uint8Array> {
  const base = await sharp(bytes, { limitInputPixels, failOn: 'warning' })
    .rotate()
    .resize(WATERMARK_MAX_SIZE, WATERMARK_MAX_SIZE, { fit: 'inside', withoutEnlargement: true })
    .toBuffer({ resolveWithObject: true });
  const { width, height } = base.info;
  const pad = Math.max(4, Math.round(width / 80));
  // About 2.2 % of the width per line: 42 px on a 1920 px photo.
  const dpi = Math.max(24, Math.round((width / 1920) * 240));
  const markup = `<span foreground="white">${lines.map(escapeMarkup).join('\n')}</span>`;
  let text = await sharp({ text: { text: markup, fontfile: FONT_FILE, font: 'Noto Sans SC', rgba: true, dpi, width: Math.max(1, width - 2 * pad), wrap: 'char' } })
    .png()
    .toBuffer({ resolveWithObject: true });
  // A small photo gets text shrunk into its lower half rather than covering the whole of it.
  const maxTextHeight = Math.max(1, Math.floor(height / 2) - 2 * pad);
  if (text.info.height > maxTextHeight || text.info.width > width - 2 * pad) {
    text = await sharp(text.data).resize(Math.max(1, width - 2 * pad), maxTextHeight, { fit: 'inside' }).png().toBuffer({ resolveWithObject: true });
  }
  const bandHeight = Math.min(height, text.info.height + 2 * pad);
  const band = await sharp({ create: { width, height: bandHeight, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } })
    .composite([{ input: text.data, left: pad, top: Math.max(0, Math.round((bandHeight - text.info.height) / 2)) }])
    .png()
    .toBuffer();
  return sharp(base.data).composite([{ input: band, left: 0, top: height - bandHeight }]).jpeg({ quality: 85 }).toBuffer();
}
