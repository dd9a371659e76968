import type { LngLat } from '../geo/geometry.js';

/**
 * The words stamped on evidence photos (ADR 0087). Evidence is read by Chinese offices and
 * printed into files, so the stamp is in Chinese whatever the uploader's UI language.
 */
const STAMP = {
  time: '时间',
  place: '位置',
  noPlace: '照片未记录位置',
  by: '拍摄人',
  unit: '单位',
  beijingTime: '（北京时间）',
} as const;

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai (no daylight saving: a fixed +08:00). */
export function shanghaiMinute(instant: string): string {
  return new Date(Date.parse(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function placeText(location: LngLat | null): string {
  if (!location) return STAMP.noPlace;
  const lat = `${Math.abs(location.lat).toFixed(5)}°${location.lat >= 0 ? 'N' : 'S'}`;
  const lng = `${Math.abs(location.lng).toFixed(5)}°${location.lng >= 0 ? 'E' : 'W'}`;
  return `${lat} ${lng}`;
}

/**
 * The stamp's lines: the server's upload time (not the camera's clock, which anyone can set), the
 * photo's EXIF place, the uploader, and the unit when the upload names one.
 */
export function watermarkLines(input: { readonly uploadedAt: string; readonly location: LngLat | null; readonly uploaderName: string; readonly unitName: string | null }): string[] {
  const lines = [
    `${STAMP.time} ${shanghaiMinute(input.uploadedAt)}${STAMP.beijingTime}`,
    `${STAMP.place} ${placeText(input.location)}`,
    `${STAMP.by} ${input.uploaderName}`,
  ];
  if (input.unitName) lines.push(`${STAMP.unit} ${input.unitName}`);
  return lines;
}
