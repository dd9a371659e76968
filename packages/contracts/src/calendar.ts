import { Type, type Static } from 'typebox';
import { MAX_CALENDAR_CHANGES, MAX_URGE_NOTE_LENGTH } from '@safegrid/core';
import { HazardResponse } from './hazards.js';
import { CalendarDate, DateTime, Nullable, PageQuery, StringEnum, Uuid, pageOf } from './shared.js';

const closed = { additionalProperties: false } as const;

/** One day of the working calendar (工作日历) and where its status comes from. */
export const CalendarDayResponse = Type.Object({
  date: CalendarDate,
  working: Type.Boolean(),
  name: Nullable(Type.String()),
  source: StringEnum(['weekday', 'national', 'district'] as const, { description: 'weekday: Monday–Friday rule; national: State Council list; district: this district’s own entry' }),
});
export type CalendarDayResponse = Static<typeof CalendarDayResponse>;

export const CalendarDaysQuery = Type.Object({ from: CalendarDate, to: CalendarDate }, closed);
export type CalendarDaysQuery = Static<typeof CalendarDaysQuery>;

export const CalendarDaysResponse = Type.Object({ items: Type.Array(CalendarDayResponse) });
export type CalendarDaysResponse = Static<typeof CalendarDaysResponse>;

/** Set (`working` true/false) or clear (`working` null: back to the national calendar) days of the district. */
export const CalendarDayChange = Type.Object({
  date: CalendarDate,
  working: Nullable(Type.Boolean()),
  name: Type.Optional(Type.String({ maxLength: 40 })),
}, closed);
export const SetCalendarDaysBody = Type.Object({ days: Type.Array(CalendarDayChange, { minItems: 1, maxItems: MAX_CALENDAR_CHANGES }) }, closed);
export type SetCalendarDaysBody = Static<typeof SetCalendarDaysBody>;
export const SetCalendarDaysResponse = Type.Object({ changed: Type.Integer({ minimum: 0 }) });

/** Manual 催办. */
export const UrgeHazardBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: MAX_URGE_NOTE_LENGTH }) }, closed);
export type UrgeHazardBody = Static<typeof UrgeHazardBody>;

/** 挂牌督办 of one hazard. */
export const SupervisionResponse = Type.Object({
  hazardId: Uuid,
  supervisingDepartment: Type.String(),
  requiredBy: CalendarDate,
  listedBy: Type.String(),
  listedByName: Type.String(),
  listedAt: DateTime,
  delistedBy: Nullable(Type.String()),
  delistedByName: Nullable(Type.String()),
  delistedAt: Nullable(DateTime),
});
export type SupervisionResponse = Static<typeof SupervisionResponse>;

export const HazardSupervisionResponse = Type.Object({ supervision: Nullable(SupervisionResponse) });
export type HazardSupervisionResponse = Static<typeof HazardSupervisionResponse>;

export const SuperviseHazardBody = Type.Object({
  supervisingDepartment: Type.String({ minLength: 1, maxLength: 60, description: '督办单位' }),
  requiredBy: CalendarDate,
}, closed);
export type SuperviseHazardBody = Static<typeof SuperviseHazardBody>;

export const SupervisionListQuery = Type.Object({
  active: Type.Optional(Type.Boolean({ description: 'true: still listed; false: delisted (摘牌)' })),
  regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{9}|\\d{12})$' })),
  limit: PageQuery.limit,
  cursor: Type.Optional(Uuid),
}, closed);
export type SupervisionListQuery = Static<typeof SupervisionListQuery>;

export const SupervisionListItem = Type.Object({ supervision: SupervisionResponse, hazard: HazardResponse });
export type SupervisionListItem = Static<typeof SupervisionListItem>;
export const SupervisionPage = pageOf(SupervisionListItem);
export type SupervisionPage = Static<typeof SupervisionPage>;
