import type { ScopeFilter } from '../accounts/scope.js';
import type { ImageFacts, Photo, PhotoVariant } from './photo.js';

export interface PhotoStore {
  insert(photo: Photo): Promise<void>;
  findById(id: string, districtCode: string): Promise<Photo | undefined>;
  /** The ids among `ids` that exist in the district and were uploaded by `userId`. */
  findOwnedIds(ids: readonly string[], districtCode: string, userId: string): Promise<string[]>;
  /** True when the photo is attached to a hazard inside `scope`. */
  isLinkedWithin(photoId: string, scope: ScopeFilter): Promise<boolean>;
}

/** Reads images: type, size, EXIF time and place; makes thumbnails. */
export interface ImageInspector {
  /** Facts about the image, or null when the bytes are not an accepted image. */
  inspect(bytes: Uint8Array): Promise<ImageFacts | null>;
  thumbnail(bytes: Uint8Array): Promise<Uint8Array>;
  /** A JPEG copy with `lines` stamped visibly on it (time, place, who, unit; ADR 0087). */
  watermark(bytes: Uint8Array, lines: readonly string[]): Promise<Uint8Array>;
}

/** Content-addressed file storage for photo bytes (a folder, or S3-compatible storage later). */
export interface PhotoFiles {
  put(sha256: string, variant: PhotoVariant, bytes: Uint8Array): Promise<void>;
  read(sha256: string, variant: PhotoVariant): Promise<Uint8Array | undefined>;
}

export interface ContentHasher {
  sha256(bytes: Uint8Array): string;
}
