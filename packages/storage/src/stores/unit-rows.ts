import type { Insertable, Selectable } from 'kysely';
import { pinyin } from 'pinyin-pro';
import { unitSearchText, type Unit, type UnitChange } from '@safegrid/core';
import type { UnitChangesTable, UnitsTable } from '../database-schema.js';
import { readJson, toIso, writeJson } from './row-values.js';


/**
 * A sort key that orders Chinese names by pinyin (安全 < 湖塘 < 张三), then by the characters
 * themselves so that homophones stay grouped and the order is total.
 */
export function nameSortKey(name: string): string {
  const spelled = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').toLowerCase();
  return `${spelled}\u0001${name}`;
}

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
