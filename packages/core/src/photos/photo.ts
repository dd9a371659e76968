import type { LngLat } from '../geo/geometry.js';

export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMimeType = (typeof PHOTO_MIME_TYPES)[number];

/** An uploaded photo; its bytes are stored by content hash, with a thumbnail beside them. */
export interface Photo {
  readonly id: string;
  readonly districtCode: string;
  readonly sha256: string;
  readonly mimeType: PhotoMimeType;
  readonly byteSize: number;
  readonly width: number;
  readonly height: number;
  /** EXIF DateTimeOriginal read as Asia/Shanghai time, as an ISO instant. */
  readonly takenAt: string | null;
  /** EXIF GPS position (WGS-84). */
  readonly location: LngLat | null;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
  readonly originalName: string | null;
}

/** What the image inspector learns from the bytes alone (never from the file name). */
export interface ImageFacts {
  readonly mimeType: PhotoMimeType;
  readonly width: number;
  readonly height: number;
  readonly takenAt: string | null;
  readonly location: LngLat | null;
}

/** `watermarked`: the stamped copy of an evidence photo (ADR 0087), stored under its own key. */
export const PHOTO_VARIANTS = ['original', 'thumbnail', 'watermarked'] as const;
export type PhotoVariant = (typeof PHOTO_VARIANTS)[number];
