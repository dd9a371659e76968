import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createSharpImageInspector } from './sharp-image-inspector.js';

const inspector = createSharpImageInspector();
const LINES = ['时间 2026-03-02 08:30（北京时间）', '位置 31.72040°N 119.96010°E', '拍摄人 王网格', '单位 常州市湖塘镇测试机械有限公司'];

/** A flat grey photo: anything bright in its lower part is the stamp's text. */
const grey = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 128, g: 128, b: 128 } } }).jpeg().toBuffer();

/** Mean brightness and the brightest pixel of a horizontal strip (read as raw pixels). */
async function strip(bytes: Uint8Array, top: number, height: number) {
  const { width = 0 } = await sharp(bytes).metadata();
  const { data } = await sharp(bytes).extract({ left: 0, top, width, height }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let sum = 0;
  let max = 0;
  for (const value of data) {
    sum += value;
    max = Math.max(max, value);
  }
  return { mean: sum / data.length, max };
}

describe('evidence photo stamp (ADR 0087)', () => {
  it('draws a dark band with white text along the bottom and leaves the top untouched, as a JPEG of the same size', async () => {
    const original = await grey(1200, 900);
    const stamped = await inspector.watermark(original, LINES);
    const metadata = await sharp(stamped).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 1200, height: 900 });
    const top = await strip(stamped, 0, 200);
    const bottom = await strip(stamped, 750, 150);
    expect(Math.abs(top.mean - 128)).toBeLessThan(3);
    expect(bottom.mean).toBeLessThan(110); // the band darkens
    expect(bottom.max).toBeGreaterThan(230); // and the text is white
  });

  it('draws more text for more lines (the unit line is really rendered)', async () => {
    const original = await grey(1200, 900);
    const bright = async (lines: string[]) => {
      const { data } = await sharp(await inspector.watermark(original, lines)).greyscale().raw().toBuffer({ resolveWithObject: true });
      return data.filter((value) => value > 200).length;
    };
    expect(await bright(LINES)).toBeGreaterThan(await bright(LINES.slice(0, 3)));
  });

  it('bounds a large photo, applies its orientation, and fits the stamp on a tiny one', async () => {
    const large = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await sharp(await inspector.watermark(large, LINES)).metadata()).toMatchObject({ width: 1440, height: 1920 });
    const tiny = await inspector.watermark(await grey(64, 48), LINES);
    expect(await sharp(tiny).metadata()).toMatchObject({ width: 64, height: 48 });
  });
});
