import type { Insertable, Selectable } from 'kysely';
import { nameSortKey, unitSearchText, type Unit, type UnitChange } from '@safegrid/core';
import type { UnitChangesTable, UnitsTable } from '../database-schema.js';
import { readJson, toIso, writeJson } from './row-values.js';

/** The stored name order is core's, so the lists sorted in memory order names alike (ADR 0108). */
export { nameSortKey };

export function toUnit(row: Selectable<UnitsTable>): Unit {
  return {
    id: row.id,
    districtCode: row.districtCode,
    townCode: row.townCode,
    villageCode: row.villageCode,
    gridId: row.gridId,
    name: row.name,
    creditCode: row.creditCode,
    kind: row.kind as Unit['kind'],
    sector: row.sector as Unit['sector'],
    department: row.department as Unit['department'],
    address: row.address,
    location: { lng: row.lng, lat: row.lat },
    riskTags: readJson<Unit['riskTags']>(row.riskTags),
    dustKind: row.dustKind as Unit['dustKind'],
    subIndustry: row.subIndustry as Unit['subIndustry'],
    venueType: row.venueType as Unit['venueType'],
    employees: row.employees,
    floorArea: row.floorArea,
    contacts: readJson<Unit['contacts']>(row.contacts),
    status: row.status as Unit['status'],
    parentId: row.parentId,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    version: row.version,
  };
}

export function toUnitRow(unit: Unit): Insertable<UnitsTable> {
  const { location, riskTags, contacts, ...rest } = unit;
  return {
    ...rest,
    lng: location.lng,
    lat: location.lat,
    riskTags: writeJson(riskTags),
    contacts: writeJson(contacts),
    searchText: unitSearchText(unit),
    nameSort: nameSortKey(unit.name),
  };
}

export function toUnitChange(row: Selectable<UnitChangesTable>): UnitChange {
  return {
    id: row.id,
    unitId: row.unitId,
    districtCode: row.districtCode,
    at: toIso(row.at),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action as UnitChange['action'],
    changes: readJson<UnitChange['changes']>(row.changes),
  };
}

export function toUnitChangeRow(change: UnitChange): Insertable<UnitChangesTable> {
  return { ...change, changes: writeJson(change.changes) };
}
