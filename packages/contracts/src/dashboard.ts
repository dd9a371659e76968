import { Type, type Static } from 'typebox';
import { BREAKDOWN_DIMENSIONS, CATEGORY_GROUPINGS, HAZARD_LEVELS, HAZARD_STATUSES, MAX_TREND_MONTHS } from '@safegrid/core';
import { DateTime, StringEnum } from './shared.js';

export const TrendQuery = Type.Object(
  { months: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_TREND_MONTHS, default: 12 })) },
  { additionalProperties: false },
);
export type TrendQuery = Static<typeof TrendQuery>;

/** Hazards found (reported) and closed per Shanghai calendar month, oldest month first. */
export const TrendResponse = Type.Object({
  asOf: DateTime,
  months: Type.Array(Type.Object({
    month: Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM in Asia/Shanghai' }),
    found: Type.Integer({ description: 'Hazards reported in the month' }),
    closed: Type.Integer({ description: 'Hazards closed in the month, whenever found' }),
    foundClosed: Type.Integer({ description: 'Of those found in the month, closed by now' }),
    foundDismissed: Type.Integer({ description: 'Of those found in the month, dismissed (not rectifiable)' }),
  })),
});
export type TrendResponse = Static<typeof TrendResponse>;

/** A hazard field, or a grouping through the one category table: category → sector → lead department (ADR 0096). */
export const BREAKDOWN_GROUPS = [...BREAKDOWN_DIMENSIONS, ...CATEGORY_GROUPINGS] as const;

export const BreakdownQuery = Type.Object(
  { by: StringEnum(BREAKDOWN_GROUPS, { description: 'The hazard field to group by; category_sector and lead_department group categories through the category table' }) },
  { additionalProperties: false },
);
export type BreakdownQuery = Static<typeof BreakdownQuery>;

export const BreakdownResponse = Type.Object({
  asOf: DateTime,
  by: StringEnum(BREAKDOWN_GROUPS),
  rows: Type.Array(Type.Object({
    key: Type.String(),
    open: Type.Integer(),
    overdue: Type.Integer(),
    major: Type.Integer({ description: 'Major hazards not yet closed or dismissed' }),
    closed: Type.Integer(),
    total: Type.Integer(),
  })),
});
export type BreakdownResponse = Static<typeof BreakdownResponse>;

export const HazardPoint = Type.Object({
  id: Type.String(),
  lng: Type.Number(),
  lat: Type.Number(),
  level: StringEnum(HAZARD_LEVELS),
  status: StringEnum(HAZARD_STATUSES),
  isOverdue: Type.Boolean(),
});
export type HazardPoint = Static<typeof HazardPoint>;

/** Open hazards with a location (WGS-84), newest first; `total` tells when the list was cut. */
export const HazardPointsResponse = Type.Object({
  points: Type.Array(HazardPoint),
  total: Type.Integer(),
});
export type HazardPointsResponse = Static<typeof HazardPointsResponse>;

/** One event of `GET /stats/stream` (`event: hazard`): a committed change inside the subscriber's scope. */
export const HazardChangeEvent = Type.Object({
  hazardId: Type.String(),
  action: Type.String(),
  status: StringEnum(HAZARD_STATUSES),
  townCode: Type.String(),
  at: DateTime,
});
export type HazardChangeEvent = Static<typeof HazardChangeEvent>;
