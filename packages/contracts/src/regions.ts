import { Type, type Static } from 'typebox';
import { COORDINATE_SYSTEMS, REGION_KINDS, REGION_LEVELS } from '@safegrid/core';
import { GeoJsonArea, GeoJsonPolygon, LngLat, Nullable, StringEnum } from './shared.js';

export const RegionResponse = Type.Object({
  code: Type.String(),
  parentCode: Nullable(Type.String()),
  level: StringEnum(REGION_LEVELS),
  kind: StringEnum(REGION_KINDS),
  name: Type.String(),
  sortOrder: Type.Integer(),
  center: Nullable(LngLat),
  boundary: Nullable(GeoJsonPolygon),
});
export type RegionResponse = Static<typeof RegionResponse>;

export const RegionListQuery = Type.Object(
  { boundaries: Type.Optional(Type.Boolean({ default: false, description: 'Include town and village polygons' })) },
  { additionalProperties: false },
);

export const GridResponse = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  townCode: Type.String(),
  villageCode: Type.String(),
  boundary: GeoJsonArea,
});
export type GridResponse = Static<typeof GridResponse>;

export const GridListQuery = Type.Object(
  { regionCode: Type.Optional(Type.String({ pattern: '^(\\d{9}|\\d{12})$' })) },
  { additionalProperties: false },
);

export const LocateQuery = Type.Object(
  {
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    crs: Type.Optional(StringEnum(COORDINATE_SYSTEMS, { default: 'wgs84' })),
  },
  { additionalProperties: false },
);
export type LocateQuery = Static<typeof LocateQuery>;

export const LocateResponse = Type.Object({
  grid: GridResponse,
  /** The point converted to WGS-84. */
  location: LngLat,
  townName: Type.String(),
  villageName: Type.String(),
});
export type LocateResponse = Static<typeof LocateResponse>;
