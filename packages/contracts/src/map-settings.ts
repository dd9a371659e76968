import { Type, type Static } from 'typebox';
import { StringEnum } from './shared.js';

/** Base map choices: none (towns and grids on a plain background), OpenStreetMap, 天地图, 高德, or an own tile server. */
export const MAP_TILE_PROVIDERS = ['none', 'osm', 'tianditu', 'amap', 'custom'] as const;
export type MapTileProvider = (typeof MAP_TILE_PROVIDERS)[number];

/** Coordinate systems a base map can be drawn in; our geometry is WGS-84 and is shifted for GCJ-02 maps. */
export const MAP_CRS = ['wgs84', 'gcj02'] as const;
export type MapCrs = (typeof MAP_CRS)[number];

export const MapTileLayer = Type.Object({
  /** Leaflet URL template with {z}/{x}/{y} and optionally {s}. */
  url: Type.String(),
  subdomains: Type.Array(Type.String()),
  attribution: Type.String(),
  maxZoom: Type.Integer(),
});
export type MapTileLayer = Static<typeof MapTileLayer>;

export const MapSettingsResponse = Type.Object({
  provider: StringEnum(MAP_TILE_PROVIDERS),
  crs: StringEnum(MAP_CRS),
  /** Drawn bottom to top (a base and, for 天地图, its labels); empty for `none`. */
  layers: Type.Array(MapTileLayer),
});
export type MapSettingsResponse = Static<typeof MapSettingsResponse>;
