import { Type, type Static } from 'typebox';
import { DEPARTMENTS, SECTORS } from '@safegrid/core';
import { StringEnum } from './shared.js';

const closed = { additionalProperties: false } as const;

/** 三管三必须: one sector's lead department (牵头部门) and co-responsible departments (协同部门), ADR 0085. */
export const SectorDutyResponse = Type.Object({
  sector: StringEnum(SECTORS),
  lead: StringEnum(DEPARTMENTS),
  coDepartments: Type.Array(StringEnum(DEPARTMENTS)),
});
export type SectorDutyResponse = Static<typeof SectorDutyResponse>;
export const SectorDutiesResponse = Type.Object({ items: Type.Array(SectorDutyResponse) });
export type SectorDutiesResponse = Static<typeof SectorDutiesResponse>;

export const SectorParams = Type.Object({ sector: StringEnum(SECTORS) }, closed);
export const SetSectorDutyBody = Type.Object({
  lead: StringEnum(DEPARTMENTS),
  coDepartments: Type.Array(StringEnum(DEPARTMENTS), { maxItems: DEPARTMENTS.length - 1 }),
}, closed);
export type SetSectorDutyBody = Static<typeof SetSectorDutyBody>;

/** Where a hazard category belongs (the one table; issue 15): the web pre-selects the sector from it. */
export { HAZARD_CATEGORY_ROUTES, sectorsOfCategory } from '@safegrid/core';
