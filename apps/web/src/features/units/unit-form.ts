import type { UnitResponse } from '@safegrid/contracts';

/** What the unit form holds: the API's fields, with the location as WGS-84 numbers. */
export interface UnitFormValues {
  name?: string;
  creditCode?: string;
  kind?: string;
  sector?: string;
  status?: string;
  riskTags?: string[];
  dustKind?: string | null;
  subIndustry?: string | null;
  venueType?: string | null;
  employees?: number | null;
  floorArea?: number | null;
  parentId?: string | null;
  address?: string;
  location?: { lng?: number; lat?: number };
  contacts?: { name?: string; role?: string; phone?: string }[];
}

export function formValuesOf(unit: UnitResponse): UnitFormValues {
  return {
    name: unit.name, creditCode: unit.creditCode ?? '', kind: unit.kind, sector: unit.sector, status: unit.status,
    riskTags: [...unit.riskTags], dustKind: unit.dustKind, subIndustry: unit.subIndustry, venueType: unit.venueType, employees: unit.employees,
    floorArea: unit.floorArea, parentId: unit.parentId, address: unit.address, location: { ...unit.location },
    contacts: unit.contacts.map((contact) => ({ ...contact })),
  };
}

/** The full body for `POST /units` (and the fields a `PATCH` compares). */
export function unitBodyOf(values: UnitFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: values.name?.trim() ?? '',
    kind: values.kind,
    address: values.address?.trim() ?? '',
    location: { lng: values.location?.lng, lat: values.location?.lat, crs: 'wgs84' },
    creditCode: values.creditCode?.trim() ? values.creditCode.trim().toUpperCase() : null,
    riskTags: values.riskTags ?? [],
    dustKind: values.riskTags?.includes('dust') ? (values.dustKind ?? null) : null,
    venueType: values.kind === 'small_venue' ? (values.venueType ?? null) : null,
    subIndustry: values.subIndustry ?? null,
    employees: values.employees ?? null,
    floorArea: values.floorArea ?? null,
    contacts: (values.contacts ?? []).map((contact) => ({ name: contact.name?.trim() ?? '', role: contact.role?.trim() ?? '', phone: contact.phone?.trim() ?? '' })),
    parentId: values.parentId ?? null,
  };
  if (values.sector) body.sector = values.sector;
  if (values.status) body.status = values.status;
  return body;
}

/** Only what changed, with the version the user edited (a change by someone else in between is refused). */
export function unitChangesOf(unit: UnitResponse, values: UnitFormValues): Record<string, unknown> {
  const next = unitBodyOf(values);
  const current = unitBodyOf(formValuesOf(unit));
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(value) !== JSON.stringify(current[key])) changes[key] = value;
  }
  return { ...changes, expectedVersion: unit.version };
}
