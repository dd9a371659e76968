import type { Insertable, Selectable } from 'kysely';
import type { Inspection } from '@safegrid/core';
import type { InspectionsTable } from '../database-schema.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';

export function toInspection(row: Selectable<InspectionsTable>): Inspection {
  return {
    id: row.id,
    districtCode: row.districtCode,
    townCode: row.townCode,
    villageCode: row.villageCode,
    gridId: row.gridId,
    sector: row.sector as Inspection['sector'],
    unitId: row.unitId,
    checklistId: row.checklistId,
    checklistCode: row.checklistCode,
    checklistVersion: row.checklistVersion,
    campaignId: row.campaignId,
    kind: row.kind as Inspection['kind'],
    status: row.status as Inspection['status'],
    inspectorId: row.inspectorId,
    inspectorName: row.inspectorName,
    startedAt: toIso(row.startedAt),
    location: { lng: row.lng, lat: row.lat },
    distanceMetres: row.distanceMetres,
    farReason: row.farReason,
    itemIds: readJson<string[]>(row.itemIds),
    answers: readJson<Inspection['answers']>(row.answers),
    finishedAt: toIsoOrNull(row.finishedAt),
    signedBy: row.signedBy,
    signaturePhotoId: row.signaturePhotoId,
    failedItems: row.failedItems,
    updatedAt: toIso(row.updatedAt),
    version: row.version,
  };
}

export function toInspectionRow(inspection: Inspection): Insertable<InspectionsTable> {
  const { location, itemIds, answers, ...rest } = inspection;
  return { ...rest, lng: location.lng, lat: location.lat, itemIds: writeJson(itemIds), answers: writeJson(answers) };
}
