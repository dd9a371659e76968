import { Type, type Static, type TSchema } from 'typebox';
import { COORDINATE_SYSTEMS, MAX_CURSOR_LENGTH } from '@safegrid/core';

export { MAX_CURSOR_LENGTH };

/** A string limited to `values`, typed as their union (a plain JSON Schema enum on the wire). */
export const StringEnum = <const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
export const Uuid = Type.String({ pattern: UUID_PATTERN, description: 'UUID (v7, time-ordered)' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

/** A Shanghai calendar date, YYYY-MM-DD. */
export const CalendarDate = Type.String({ format: 'date', description: 'Calendar date in Asia/Shanghai, YYYY-MM-DD' });
/** An instant, ISO-8601 in UTC. */
export const DateTime = Type.String({ format: 'date-time' });

export const LngLat = Type.Object({
  lng: Type.Number({ minimum: -180, maximum: 180 }),
  lat: Type.Number({ minimum: -90, maximum: 90 }),
});

/** A point as sent by a client, in the coordinate system its map or GPS uses; stored as WGS-84. */
export const LocationInput = Type.Object(
  {
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    crs: StringEnum(COORDINATE_SYSTEMS, { default: 'wgs84', description: 'wgs84 (GPS, 天地图), gcj02 (高德, 腾讯), bd09 (百度)' }),
  },
  { additionalProperties: false },
);
export type LocationInput = Static<typeof LocationInput>;

export const GeoJsonPolygon = Type.Object({
  type: Type.Literal('Polygon'),
  coordinates: Type.Array(Type.Array(Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }))),
});

/** A GeoJSON MultiPolygon: each part is a Polygon's rings (ADR 0105). */
export const GeoJsonMultiPolygon = Type.Object({
  type: Type.Literal('MultiPolygon'),
  coordinates: Type.Array(Type.Array(Type.Array(Type.Array(Type.Number(), { minItems: 2, maxItems: 2 })))),
});

/** A grid's outline: a Polygon, or a MultiPolygon when the grid has several parts. */
export const GeoJsonArea = Type.Union([GeoJsonPolygon, GeoJsonMultiPolygon]);

/** A repeatable query parameter (`?kind=a&kind=b`); a single value is read as a list of one. */
export const listOf = <T extends readonly string[]>(values: T) => Type.Array(StringEnum(values), { maxItems: values.length });

/** Cursor pagination query shared by lists. */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  cursor: Type.Optional(Type.String({ maxLength: MAX_CURSOR_LENGTH })),
};

export const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String()) });

/** RFC 9457 problem details, with the offending fields. */
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.String(),
  errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), code: Type.String(), message: Type.String() }))),
  requestId: Type.String(),
  /** auth.account_locked: when the lock ends (ISO 8601). */
  lockedUntil: Type.Optional(Type.String({ format: 'date-time' })),
  /** auth.too_many_attempts: seconds until the next attempt counts (also the Retry-After header). */
  retryAfterSeconds: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type Problem = Static<typeof Problem>;

/** 共 N 条 of a list: the matches within the caller's scope, counted up to a cap (ADR 0090). */
export const ListCountResponse = Type.Object({
  total: Type.Integer({ minimum: 0, description: 'Matches counted; when capped, the cap (show "10,000+")' }),
  capped: Type.Boolean({ description: 'true when there are more matches than `total`; counting stopped at the cap' }),
});
export type ListCountResponse = Static<typeof ListCountResponse>;

/**
 * The query of a list's `/count` route (ADR 0090): the list's own filters without `limit`, `cursor`
 * or `sort`, closed, so paging parameters are refused with 400 rather than silently ignored.
 */
export function countQueryOf<P extends Record<string, TSchema>>(properties: P) {
  const { limit: _limit, cursor: _cursor, sort: _sort, ...filters } = properties;
  return Type.Object(filters as Omit<P, 'limit' | 'cursor' | 'sort'>, { additionalProperties: false });
}
