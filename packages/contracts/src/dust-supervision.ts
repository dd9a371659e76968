import { Type, type Static } from 'typebox';
import { RETROFIT_STATES } from '@safegrid/core';
import { CalendarDate, DateTime, Nullable, StringEnum, Uuid } from './shared.js';

const closed = { additionalProperties: false } as const;

/** 涉粉企业常态监管 (ADR 0086): a dust unit's 安全专员 and 除尘系统改造. */
export const DustSupervisionResponse = Type.Object({
  unitId: Uuid,
  officerName: Nullable(Type.String()),
  officerPhone: Nullable(Type.String()),
  certificateNo: Nullable(Type.String()),
  trainedOn: Nullable(CalendarDate),
  retrofitState: StringEnum(RETROFIT_STATES),
  retrofitDate: Nullable(CalendarDate),
  retrofitPhotoId: Nullable(Type.String()),
  updatedAt: DateTime,
});
export type DustSupervisionResponse = Static<typeof DustSupervisionResponse>;
export const DustSupervisionOfUnit = Type.Object({ record: Nullable(DustSupervisionResponse) });

export const SetDustSupervisionBody = Type.Object({
  officerName: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  officerPhone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  certificateNo: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
  trainedOn: Type.Optional(Nullable(CalendarDate)),
  retrofitState: StringEnum(RETROFIT_STATES),
  retrofitDate: Type.Optional(Nullable(CalendarDate)),
  retrofitPhotoId: Type.Optional(Nullable(Uuid)),
}, closed);
export type SetDustSupervisionBody = Static<typeof SetDustSupervisionBody>;

/** 安全专员配备率 and 除尘改造完成率 by town (counts; rates are withOfficer / dustUnits), and the units still without. */
export const DustSupervisionSummary = Type.Object({
  towns: Type.Array(Type.Object({
    townCode: Type.String(), dustUnits: Type.Integer(), withOfficer: Type.Integer(), retrofitDone: Type.Integer(),
    officerRate: Nullable(Type.Number()), retrofitRate: Nullable(Type.Number()),
  })),
  gaps: Type.Array(Type.Object({ unitId: Uuid, unitName: Type.String(), townCode: Type.String(), hasOfficer: Type.Boolean(), retrofitState: StringEnum(RETROFIT_STATES) })),
});
export type DustSupervisionSummary = Static<typeof DustSupervisionSummary>;
export { RETROFIT_STATES } from '@safegrid/core';
