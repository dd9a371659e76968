import { Type, type Static } from 'typebox';
import { PHOTO_MIME_TYPES, PHOTO_VARIANTS } from '@safegrid/core';
import { DateTime, LngLat, Nullable, StringEnum } from './shared.js';

export const PhotoResponse = Type.Object({
  id: Type.String(),
  mimeType: StringEnum(PHOTO_MIME_TYPES),
  byteSize: Type.Integer(),
  width: Type.Integer(),
  height: Type.Integer(),
  takenAt: Nullable(DateTime),
  location: Nullable(LngLat),
  uploadedBy: Type.String(),
  uploadedAt: DateTime,
  originalName: Nullable(Type.String()),
});
export type PhotoResponse = Static<typeof PhotoResponse>;

export const PhotoFileQuery = Type.Object(
  { variant: Type.Optional(StringEnum(PHOTO_VARIANTS, { default: 'original' })) },
  { additionalProperties: false },
);
export type PhotoFileQuery = Static<typeof PhotoFileQuery>;

/** Optional query of `POST /photos`: the unit the photo is evidence for, named in its stamp (ADR 0087). */
export const PhotoUploadQuery = Type.Object(
  { unitId: Type.Optional(Type.String({ format: 'uuid', description: 'The unit named in the photo’s watermark' })) },
  { additionalProperties: false },
);
export type PhotoUploadQuery = Static<typeof PhotoUploadQuery>;
