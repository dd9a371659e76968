import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import { watermarkLines } from '../evidence/watermark-lines.js';
import type { Photo, PhotoVariant } from './photo.js';

export const photoTooLarge = (maxBytes: number) =>
  new DomainError('invalid_input', 'photo.too_large', 'The photo is larger than allowed.', { maxBytes }, [
    { path: '/file', code: 'too_large', params: { max: maxBytes } },
  ]);

export const photoNotAnImage = () =>
  new DomainError('invalid_input', 'photo.unsupported_type', 'The file is not a JPEG, PNG or WebP image.', {}, [
    { path: '/file', code: 'unsupported_image' },
  ]);

export const photoNotFound = (photoId: string) =>
  new DomainError('not_found', 'photo.not_found', 'The photo does not exist or is outside your scope.', { photoId });

/**
 * Stores an uploaded photo: the type is read from the bytes, the size is limited, the bytes are
 * kept under their SHA-256 with a thumbnail, and EXIF time and place are recorded when present.
 */
export async function uploadPhoto(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly bytes: Uint8Array; readonly originalName?: string | undefined; readonly unitId?: string | undefined },
): Promise<Photo> {
  if (input.bytes.byteLength > deps.limits.photoMaxBytes) throw photoTooLarge(deps.limits.photoMaxBytes);
  const facts = await deps.images.inspect(input.bytes);
  if (!facts) throw photoNotAnImage();
  // The unit the photo is evidence for, named in its stamp; one the uploader cannot see is refused.
  const unit = input.unitId ? await deps.units.findById(input.unitId, scopeFilterOf(actor)) : undefined;
  if (input.unitId && !unit) throw invalidInput([{ path: '/unitId', code: 'not_found' }]);
  const sha256 = deps.hasher.sha256(input.bytes);
  const uploadedAt = deps.clock.now().toISOString();
  // Files first: a crash between the two leaves an unreferenced file, never a row without its bytes.
  await deps.photoFiles.put(sha256, 'original', input.bytes);
  await deps.photoFiles.put(sha256, 'thumbnail', await deps.images.thumbnail(input.bytes));
  const id = deps.ids.newId();
  // The stamped copy (ADR 0087) belongs to this upload (who, when, which unit), not to the bytes.
  const stamp = watermarkLines({ uploadedAt, location: facts.location, uploaderName: actor.displayName, unitName: unit?.name ?? null });
  await deps.photoFiles.put(watermarkKey(deps, id), 'watermarked', await deps.images.watermark(input.bytes, stamp));
  const photo: Photo = {
    id,
    districtCode: actor.districtCode,
    sha256,
    mimeType: facts.mimeType,
    byteSize: input.bytes.byteLength,
    width: facts.width,
    height: facts.height,
    takenAt: facts.takenAt,
    location: facts.location,
    uploadedBy: actor.userId,
    uploadedAt,
    originalName: input.originalName?.slice(0, 255) ?? null,
  };
  await deps.photos.insert(photo);
  return photo;
}

/** Where a photo's stamped copy is stored: a digest of its id (the file store takes 64 hex characters). */
export function watermarkKey(deps: Pick<CoreDeps, 'hasher'>, photoId: string): string {
  return deps.hasher.sha256(new TextEncoder().encode(`watermarked:${photoId}`));
}

/** A photo's metadata, for its uploader or anyone who can see a hazard it belongs to. */
export async function getPhoto(deps: CoreDeps, actor: Actor, photoId: string): Promise<Photo> {
  const photo = await deps.photos.findById(photoId, actor.districtCode);
  if (!photo) throw photoNotFound(photoId);
  if (photo.uploadedBy === actor.userId) return photo;
  if (await deps.photos.isLinkedWithin(photo.id, scopeFilterOf(actor))) return photo;
  throw photoNotFound(photoId);
}

/** The bytes of a photo the actor may see. */
export async function readPhotoFile(
  deps: CoreDeps,
  actor: Actor,
  input: { readonly photoId: string; readonly variant: PhotoVariant },
): Promise<{ photo: Photo; bytes: Uint8Array }> {
  const photo = await getPhoto(deps, actor, input.photoId);
  // Photos uploaded before stamping existed have no stamped copy: their original is what there is.
  const stamped = input.variant === 'watermarked' ? await deps.photoFiles.read(watermarkKey(deps, photo.id), 'watermarked') : undefined;
  const bytes = stamped ?? (await deps.photoFiles.read(photo.sha256, input.variant === 'watermarked' ? 'original' : input.variant));
  if (!bytes) throw photoNotFound(input.photoId);
  return { photo, bytes };
}

