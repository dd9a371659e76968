import type { Unit, UnitChange, UnitRiskSummary } from '@safegrid/core';
import type { Language, UnitChangeResponse, UnitResponse } from '@safegrid/contracts';
import { presentRiskReason } from '../risk/risk-presenter.js';

/** A unit with its risk level in effect and the reasons, in the caller's language. */
export function presentUnit(unit: Unit, risk: UnitRiskSummary | undefined, language: Language): UnitResponse {
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
    subIndustry: unit.subIndustry,
    venueType: unit.venueType,
    employees: unit.employees,
    floorArea: unit.floorArea,
    contacts: unit.contacts.map((contact) => ({ ...contact })),
    status: unit.status,
    parentId: unit.parentId,
    createdAt: unit.createdAt,
    updatedAt: unit.updatedAt,
    version: unit.version,
    riskLevel: risk?.level ?? null,
    riskReasons: (risk?.reasons ?? []).map((reason) => presentRiskReason(reason, language)),
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
