import type { EVIDENCE_ZH_CN } from './evidence.zh-cn';

/** English words of review visits, closing evidence and the before/after view (ADR 0087). */
export const EVIDENCE_EN: Record<keyof typeof EVIDENCE_ZH_CN, string> = {
  'enum.hazardAction.review': 'Record review visit',
  'enum.eventAction.review': 'Review visit',
  'enum.reviewFinding.rectified': 'Rectified',
  'enum.reviewFinding.not_rectified': 'Not rectified',
  'enum.photoFlag.taken_long_before': 'Taken {hours} h before upload',
  'enum.photoFlag.taken_after_upload': 'Taken after the upload (camera clock may be wrong)',
  'enum.photoFlag.far_from_site': 'Taken {metres} m from the unit',
  'enum.photoFlag.no_exif_time': 'No time in the photo',
  'enum.photoFlag.no_exif_place': 'No place in the photo',

  'evidence.title': 'Before and after',
  'evidence.before': 'Before',
  'evidence.after': 'After rectification',
  'evidence.review': 'Review',
  'evidence.none': 'No photos',
  'evidence.latestFinding': 'Latest review finding',
  'evidence.required': 'Closing this hazard needs review photos',
  'evidence.missing': 'No review photos yet: before closing, the grid worker records a review visit with photos, or add review photos when closing.',
  'evidence.checkHint': 'Check the time and place of photos marked in yellow',
  'evidence.photoTimes': 'Taken {taken} · uploaded {uploaded}',
  'evidence.unknownTime': 'unknown',

  'field.finding': 'Review finding',
  'field.reviewPhotos': 'Review photos',
  'action.reviewHint': 'Photos taken on the review visit, at least one; they are stamped with time, place, person and unit',
  'action.closePhotosRequired': 'Review photos are required, unless the grid worker already recorded some',
  'action.closePhotosOptional': 'Review photos may be added',
  'timeline.finding': 'Review finding: {finding}',
};
