import type { Unit, UnitChange } from '@safegrid/core';
import type { UnitChangeResponse, UnitResponse } from '@safegrid/contracts';

export function presentUnit(unit: Unit): UnitResponse {
  return {
    id: unit.id,
    districtCode: unit.districtCode,
    townCode: unit.townCode,
    villageCode: unit.villageCode,
    gridId: unit.gridId,
    name: unit.name,
    creditCode: unit.creditCode,
    kind: unit.kind,
    sector: unit.sector,
    department: unit.department,
    address: unit.address,
    location: unit.location,
    riskTags: [...unit.riskTags],
    dustKind: unit.dustKind,
    venueType: unit.venueType,
    employees: unit.employees,
    floorArea: unit.floorArea,
    contacts: unit.contacts.map((contact) => ({ ...contact })),
    status: unit.status,
    parentId: unit.parentId,
    createdAt: unit.createdAt,
    updatedAt: unit.updatedAt,
    version: unit.version,
  };
}

export function presentUnitChange(change: UnitChange): UnitChangeResponse {
  return {
    id: change.id,
    at: change.at,
    actorId: change.actorId,
    actorName: change.actorName,
    action: change.action,
    changes: change.changes.map((entry) => ({ ...entry })),
  };
}
