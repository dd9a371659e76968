import { Type, type Static } from 'typebox';
import { SHIFT_KINDS } from '@safegrid/core';
import { CalendarDate, DateTime, Nullable, StringEnum, Uuid } from './shared.js';

export { SHIFT_KINDS } from '@safegrid/core';

const closed = { additionalProperties: false } as const;
const RegionCode = Type.String({ pattern: '^(\\d{6}|\\d{9})$', description: 'The district or a town whose roster it is' });

export const DutyPersonBody = Type.Object({ userId: Type.Optional(Nullable(Uuid)), name: Type.String({ maxLength: 50 }), phone: Type.Optional(Type.String({ maxLength: 30 })) }, closed);

export const SetShiftBody = Type.Object({ regionCode: RegionCode, date: CalendarDate, kind: StringEnum(SHIFT_KINDS), leader: DutyPersonBody, officer: DutyPersonBody, note: Type.Optional(Type.String({ maxLength: 500 })) }, closed);
export type SetShiftBody = Static<typeof SetShiftBody>;
export const CopyWeekBody = Type.Object({ regionCode: RegionCode, fromDate: CalendarDate, toDate: CalendarDate }, closed);
export type CopyWeekBody = Static<typeof CopyWeekBody>;
export const SwapShiftBody = Type.Object({ role: StringEnum(['leader', 'officer'] as const), person: DutyPersonBody, reason: Type.String({ maxLength: 500 }) }, closed);
export type SwapShiftBody = Static<typeof SwapShiftBody>;
export const WriteHandoverBody = Type.Object({ regionCode: RegionCode, warnings: Type.Optional(Type.String({ maxLength: 2000 })), notes: Type.Optional(Type.String({ maxLength: 4000 })) }, closed);
export type WriteHandoverBody = Static<typeof WriteHandoverBody>;
export const RosterQuery = Type.Object({ regionCode: RegionCode, month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) }, closed);

const Person = Type.Object({ userId: Nullable(Type.String()), name: Type.String(), phone: Type.String() });

export const DutyShiftResponse = Type.Object({
  id: Type.String(),
  regionCode: Type.String(),
  date: CalendarDate,
  kind: StringEnum(SHIFT_KINDS),
  startsAt: DateTime,
  endsAt: DateTime,
  leader: Person,
  officer: Person,
  note: Type.String(),
  swaps: Type.Array(Type.Object({ at: DateTime, byName: Type.String(), reason: Type.String(), role: StringEnum(['leader', 'officer'] as const), from: Type.String(), to: Type.String() })),
  updatedAt: DateTime,
  version: Type.Integer(),
});
export type DutyShiftResponse = Static<typeof DutyShiftResponse>;

export const HandoverResponse = Type.Object({
  id: Type.String(),
  regionCode: Type.String(),
  writtenByName: Type.String(),
  writtenAt: DateTime,
  openIncidents: Type.Array(Type.Object({ id: Type.String(), unitName: Type.String(), grade: Type.String() })),
  warnings: Type.String(),
  notes: Type.String(),
  acknowledgedByName: Nullable(Type.String()),
  acknowledgedAt: Nullable(DateTime),
  flagged: Type.Boolean(),
});
export type HandoverResponse = Static<typeof HandoverResponse>;

export const RosterMonthResponse = Type.Object({
  regionCode: Type.String(),
  regionName: Type.String(),
  month: Type.String(),
  shifts: Type.Array(DutyShiftResponse),
  restDays: Type.Array(CalendarDate),
  days: Type.Array(Type.Object({ date: CalendarDate, rest: Type.Boolean(), name: Nullable(Type.String()) })),
  gaps: Type.Array(Type.Object({ date: CalendarDate, kind: StringEnum(['no_shift', 'half_covered', 'no_leader', 'no_officer'] as const), shiftKind: Nullable(StringEnum(SHIFT_KINDS)) })),
  handovers: Type.Array(HandoverResponse),
  canPlan: Type.Boolean(),
});
export type RosterMonthResponse = Static<typeof RosterMonthResponse>;

export const OnDutyResponse = Type.Array(Type.Object({ regionCode: Type.String(), regionName: Type.String(), shift: Nullable(DutyShiftResponse) }));
export type OnDutyResponse = Static<typeof OnDutyResponse>;

export const RosterWriteResponse = Type.Object({ written: Type.Integer() });
