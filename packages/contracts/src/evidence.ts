import { Type, type Static } from 'typebox';
import { EVIDENCE_STAGES, PHOTO_FLAGS, REVIEW_FINDINGS, REVIEW_PHOTO_RULES } from '@safegrid/core';
import { DateTime, LngLat, Nullable, StringEnum } from './shared.js';

/** A district's evidence rules (ADR 0087). */
export const EvidencePolicyBody = Type.Object(
  {
    generalReviewPhotos: StringEnum(REVIEW_PHOTO_RULES, { description: '销号 of a general hazard needs review photos (major hazards always do)' }),
    maxPhotoAgeHours: Type.Integer({ minimum: 1, maximum: 168, description: 'A photo taken longer before its upload is flagged' }),
    maxPhotoDistanceMetres: Type.Integer({ minimum: 50, maximum: 50000, description: 'A photo taken farther from the unit is flagged' }),
  },
  { additionalProperties: false },
);
export type EvidencePolicyBody = Static<typeof EvidencePolicyBody>;
export const EvidencePolicyResponse = EvidencePolicyBody;
export type EvidencePolicyResponse = Static<typeof EvidencePolicyResponse>;

export const EvidencePhotoResponse = Type.Object({
  photoId: Type.String(),
  stage: StringEnum(EVIDENCE_STAGES),
  eventId: Nullable(Type.String()),
  takenAt: Nullable(DateTime),
  uploadedAt: DateTime,
  location: Nullable(LngLat),
  flags: Type.Array(StringEnum(PHOTO_FLAGS)),
  ageHours: Nullable(Type.Number()),
  distanceMetres: Nullable(Type.Number()),
});
export type EvidencePhotoResponse = Static<typeof EvidencePhotoResponse>;

/** 整改前 / 整改后 / 复查 photos of a hazard with their checks, for the reviewer. */
export const HazardEvidenceResponse = Type.Object({
  hazardId: Type.String(),
  photos: Type.Array(EvidencePhotoResponse),
  latestFinding: Nullable(StringEnum(REVIEW_FINDINGS)),
  reviewPhotosRequired: Type.Boolean(),
  hasReviewPhotos: Type.Boolean(),
  policy: EvidencePolicyResponse,
});
export type HazardEvidenceResponse = Static<typeof HazardEvidenceResponse>;
