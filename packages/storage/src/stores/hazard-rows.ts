import type { Selectable, Insertable } from 'kysely';
import type { Hazard, HazardEvent } from '@safegrid/core';
import type { HazardEventsTable, HazardsTable } from '../database-schema.js';
import { readJson, toIso, toIsoOrNull, writeJson, writeJsonOrNull } from './row-values.js';

export function toHazard(row: Selectable<HazardsTable>): Hazard {
  return {
    id: row.id,
    districtCode: row.districtCode,
    townCode: row.townCode,
    villageCode: row.villageCode,
    gridId: row.gridId,
    unitId: row.unitId,
    sector: row.sector as Hazard['sector'],
    source: row.source as Hazard['source'],
    level: row.level as Hazard['level'],
    category: row.category as Hazard['category'],
    title: row.title,
    description: row.description,
    location: row.lng === null || row.lat === null ? null : { lng: row.lng, lat: row.lat },
    legalBasis: row.legalBasis,
    ...(row.equipmentId ? { equipmentId: row.equipmentId } : {}),
    status: row.status as Hazard['status'],
    deadline: row.deadline,
    assigneeId: row.assigneeId,
    plan: row.plan === null ? null : readJson<Hazard['plan']>(row.plan),
    photoIds: readJson<string[]>(row.photoIds),
    reportedBy: row.reportedBy,
    reportedAt: toIso(row.reportedAt),
    foundAt: toIso(row.foundAt),
    submittedBy: row.submittedBy,
    closedAt: toIsoOrNull(row.closedAt),
    dismissReason: row.dismissReason as Hazard['dismissReason'],
    extensionCount: row.extensionCount,
    updatedAt: toIso(row.updatedAt),
    version: row.version,
  };
}

export function toHazardRow(hazard: Hazard): Insertable<HazardsTable> {
  return {
    id: hazard.id,
    districtCode: hazard.districtCode,
    townCode: hazard.townCode,
    villageCode: hazard.villageCode,
    gridId: hazard.gridId,
    unitId: hazard.unitId,
    sector: hazard.sector,
    source: hazard.source,
    level: hazard.level,
    category: hazard.category,
    title: hazard.title,
    description: hazard.description,
    lng: hazard.location?.lng ?? null,
    lat: hazard.location?.lat ?? null,
    legalBasis: hazard.legalBasis,
    equipmentId: hazard.equipmentId ?? null,
    status: hazard.status,
    deadline: hazard.deadline,
    assigneeId: hazard.assigneeId,
    plan: writeJsonOrNull(hazard.plan),
    photoIds: writeJson(hazard.photoIds),
    reportedBy: hazard.reportedBy,
    reportedAt: hazard.reportedAt,
    foundAt: hazard.foundAt,
    submittedBy: hazard.submittedBy,
    closedAt: hazard.closedAt,
    dismissReason: hazard.dismissReason,
    extensionCount: hazard.extensionCount,
    updatedAt: hazard.updatedAt,
    version: hazard.version,
  };
}

export function toHazardEvent(row: Selectable<HazardEventsTable>): HazardEvent {
  return {
    id: row.id,
    hazardId: row.hazardId,
    districtCode: row.districtCode,
    action: row.action as HazardEvent['action'],
    fromStatus: row.fromStatus as HazardEvent['fromStatus'],
    toStatus: row.toStatus as HazardEvent['toStatus'],
    actorId: row.actorId,
    actorName: row.actorName,
    actorRole: row.actorRole,
    at: toIso(row.at),
    note: row.note,
    photoIds: readJson<string[]>(row.photoIds),
    details: readJson<Record<string, unknown>>(row.details),
  };
}

export function toHazardEventRow(event: HazardEvent): Insertable<HazardEventsTable> {
  return { ...event, photoIds: writeJson(event.photoIds), details: writeJson(event.details) };
}
