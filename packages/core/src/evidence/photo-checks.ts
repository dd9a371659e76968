import { distanceMetres, type LngLat } from '../geo/geometry.js';
import type { Photo } from '../photos/photo.js';
import type { EvidencePolicy } from './evidence-policy.js';

/**
 * What a reviewer is warned of about one evidence photo (ADR 0087), from its EXIF facts against its
 * upload and the site: taken long before the upload (an old photo passed off as new), taken after
 * it (a camera clock that is wrong), far from the unit, or without EXIF time or GPS to check.
 */
export const PHOTO_FLAGS = ['taken_long_before', 'taken_after_upload', 'far_from_site', 'no_exif_time', 'no_exif_place'] as const;
export type PhotoFlag = (typeof PHOTO_FLAGS)[number];

/** A camera clock a little ahead of the server is not worth a warning. */
const CLOCK_SLACK_MS = 10 * 60_000;

export interface PhotoCheck {
  readonly flags: readonly PhotoFlag[];
  /** Hours between taking and uploading, when the EXIF time is known. */
  readonly ageHours: number | null;
  /** Metres from the site, when both places are known. */
  readonly distanceMetres: number | null;
}

export function checkPhoto(photo: Pick<Photo, 'takenAt' | 'uploadedAt' | 'location'>, site: LngLat | null, policy: EvidencePolicy): PhotoCheck {
  const flags: PhotoFlag[] = [];
  let ageHours: number | null = null;
  if (photo.takenAt) {
    const ageMs = Date.parse(photo.uploadedAt) - Date.parse(photo.takenAt);
    ageHours = Math.round((ageMs / 3_600_000) * 10) / 10;
    if (ageMs > policy.maxPhotoAgeHours * 3_600_000) flags.push('taken_long_before');
    if (ageMs < -CLOCK_SLACK_MS) flags.push('taken_after_upload');
  } else {
    flags.push('no_exif_time');
  }
  let distance: number | null = null;
  if (photo.location) {
    if (site) {
      distance = Math.round(distanceMetres(photo.location, site));
      if (distance > policy.maxPhotoDistanceMetres) flags.push('far_from_site');
    }
  } else {
    flags.push('no_exif_place');
  }
  return { flags, ageHours, distanceMetres: distance };
}
