import { Type, type Static } from 'typebox';
import { EQUIPMENT_KINDS, EQUIPMENT_TYPES, INSPECTION_STATES } from '@safegrid/core';
import { CalendarDate, DateTime, Nullable, PageQuery, StringEnum, Uuid, pageOf } from './shared.js';

const closed = { additionalProperties: false } as const;

/** 设备台账 (ADR 0086): one piece of equipment of a unit, with 老旧 and the inspection state of today. */
export const EquipmentResponse = Type.Object({
  id: Uuid,
  unitId: Uuid,
  type: StringEnum(EQUIPMENT_TYPES),
  kind: StringEnum(EQUIPMENT_KINDS, { description: '特种设备 category of the type: elevator, boiler, pressure vessel, lifting machinery, field vehicle' }),
  registrationCode: Type.String(),
  location: Type.String(),
  maintenanceCompany: Nullable(Type.String()),
  commissionedOn: Nullable(CalendarDate),
  lastInspectionDate: Nullable(CalendarDate),
  nextInspectionDate: Nullable(CalendarDate),
  aged: Type.Boolean({ description: '老旧: an elevator in use more than 15 years (other kinds: always false)' }),
  inspectionState: StringEnum(INSPECTION_STATES, { description: 'overdue: next inspection date passed; due: within 30 days; unknown: no date' }),
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Type.Integer({ minimum: 1 }),
});
export type EquipmentResponse = Static<typeof EquipmentResponse>;
export const EquipmentPage = pageOf(EquipmentResponse);
export type EquipmentPage = Static<typeof EquipmentPage>;

const OptionalDate = Type.Optional(Nullable(CalendarDate));
const EquipmentFields = {
  type: StringEnum(EQUIPMENT_TYPES),
  registrationCode: Type.String({ minLength: 1, maxLength: 100 }),
  location: Type.String({ minLength: 1, maxLength: 100 }),
  maintenanceCompany: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  commissionedOn: OptionalDate,
  lastInspectionDate: OptionalDate,
  nextInspectionDate: OptionalDate,
};
export const RegisterEquipmentBody = Type.Object(EquipmentFields, closed);
export type RegisterEquipmentBody = Static<typeof RegisterEquipmentBody>;
export const UpdateEquipmentBody = Type.Object({ ...EquipmentFields, version: Type.Integer({ minimum: 1 }) }, closed);
export type UpdateEquipmentBody = Static<typeof UpdateEquipmentBody>;

export const EquipmentListQuery = Type.Object({
  unitId: Type.Optional(Uuid),
  kind: Type.Optional(StringEnum(EQUIPMENT_KINDS)),
  inspection: Type.Optional(StringEnum(['due', 'overdue'] as const)),
  ...PageQuery,
}, closed);
export type EquipmentListQuery = Static<typeof EquipmentListQuery>;
export { EQUIPMENT_KINDS, EQUIPMENT_TYPES, INSPECTION_STATES } from '@safegrid/core';
