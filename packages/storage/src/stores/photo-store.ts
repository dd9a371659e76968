import type { Kysely, Selectable } from 'kysely';
import type { Photo, PhotoStore } from '@safegrid/core';
import type { Database, PhotosTable } from '../database-schema.js';
import { toIso, toIsoOrNull } from './row-values.js';
import { scopeCondition } from './scope-conditions.js';

function toPhoto(row: Selectable<PhotosTable>): Photo {
  return {
    id: row.id,
    districtCode: row.districtCode,
    sha256: row.sha256,
    mimeType: row.mimeType as Photo['mimeType'],
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    takenAt: toIsoOrNull(row.takenAt),
    location: row.lng === null || row.lat === null ? null : { lng: row.lng, lat: row.lat },
    uploadedBy: row.uploadedBy,
    uploadedAt: toIso(row.uploadedAt),
    originalName: row.originalName,
  };
}

export function createPhotoStore(db: Kysely<Database>): PhotoStore {
  return {
    async insert(photo) {
      const { location, ...rest } = photo;
      await db.insertInto('photos').values({ ...rest, lng: location?.lng ?? null, lat: location?.lat ?? null }).execute();
    },
    async findById(id, districtCode) {
      const row = await db.selectFrom('photos').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toPhoto(row);
    },
    async findOwnedIds(ids, districtCode, userId) {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('photos')
        .select('id')
        .where('id', 'in', [...ids])
        .where('districtCode', '=', districtCode)
        .where('uploadedBy', '=', userId)
        .execute();
      return rows.map((row) => row.id);
    },
    async isLinkedWithin(photoId, scope) {
      const row = await db
        .selectFrom('hazardPhotos')
        .innerJoin('hazards', 'hazards.id', 'hazardPhotos.hazardId')
        .select('hazards.id')
        .where('hazardPhotos.photoId', '=', photoId)
        .where((eb) => scopeCondition(eb, 'hazards', scope))
        .executeTakeFirst();
      if (row !== undefined) return true;
      const inspection = await db
        .selectFrom('inspectionPhotos')
        .innerJoin('inspections', 'inspections.id', 'inspectionPhotos.inspectionId')
        .select('inspections.id')
        .where('inspectionPhotos.photoId', '=', photoId)
        .where((eb) => scopeCondition(eb, 'inspections', scope))
        .executeTakeFirst();
      return inspection !== undefined;
    },
  };
}
