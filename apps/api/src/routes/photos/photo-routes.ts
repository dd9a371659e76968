import { getPhoto, PHOTO_MIME_TYPES, readPhotoFile, uploadPhoto, type Photo } from '@safegrid/core';
import { IdParams, PhotoFileQuery, PhotoResponse, PhotoUploadQuery, Problem } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { sendProblem } from '../../plugins/error-handler.js';
import { readSingleFile } from '../../plugins/multipart-file.js';
import { textProblems } from '../../plugins/request-text.js';

export function presentPhoto(photo: Photo): PhotoResponse {
  return {
    id: photo.id,
    mimeType: photo.mimeType,
    byteSize: photo.byteSize,
    width: photo.width,
    height: photo.height,
    takenAt: photo.takenAt,
    location: photo.location,
    uploadedBy: photo.uploadedBy,
    uploadedAt: photo.uploadedAt,
    originalName: photo.originalName,
  };
}

/** The stamped copy is a JPEG; a photo from before stamping is served as its original. */
function stampedType(bytes: Uint8Array, original: string): string {
  return bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : original;
}

export async function photoRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.post('/photos', {
    config: { access: 'photo.upload', rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: {
      tags: ['photos'],
      summary: 'Upload a photo (multipart field "file"); type is checked from the content; EXIF time and place are kept; a stamped copy (time, place, who, unit) is made beside the original',
      consumes: ['multipart/form-data'],
      querystring: PhotoUploadQuery,
      response: { 201: PhotoResponse, 400: Problem, 413: Problem, 415: Problem, 422: Problem },
    },
  }, async (request, reply) => {
    const file = await readSingleFile(request);
    if ('problems' in file) return sendProblem(request, reply, { status: 400, code: 'request.invalid', fields: file.problems });
    const nameProblems = textProblems(file.filename, '/file/filename');
    if (nameProblems.length > 0) return sendProblem(request, reply, { status: 400, code: 'request.invalid', fields: nameProblems });
    const photo = await uploadPhoto(deps, requireActor(request), { bytes: new Uint8Array(file.bytes), originalName: file.filename, unitId: request.query.unitId });
    return reply.status(201).send(presentPhoto(photo));
  });

  app.get('/photos/:id', {
    config: { access: 'hazard.read' },
    schema: { tags: ['photos'], summary: 'Photo metadata', params: IdParams, response: { 200: PhotoResponse, 404: Problem } },
  }, async (request) => presentPhoto(await getPhoto(deps, requireActor(request), request.params.id)));

  app.get('/photos/:id/file', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['photos'],
      summary: 'Photo bytes (original, thumbnail, or the watermarked copy of an evidence photo)',
      params: IdParams,
      querystring: PhotoFileQuery,
      produces: [...PHOTO_MIME_TYPES],
    },
  }, async (request, reply) => {
    const variant = request.query.variant ?? 'original';
    const { photo, bytes } = await readPhotoFile(deps, requireActor(request), { photoId: request.params.id, variant });
    return reply
      .header('content-type', variant === 'thumbnail' ? 'image/webp' : variant === 'watermarked' ? stampedType(bytes, photo.mimeType) : photo.mimeType)
      .header('cache-control', 'private, max-age=86400, immutable')
      .header('etag', `"${photo.sha256}-${variant}"`)
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(bytes));
  });
}
