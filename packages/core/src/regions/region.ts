import type { Area, LngLat, Polygon } from '../geo/geometry.js';

/** Levels of the administrative tree: 区 → 镇/街道/功能区 → 村/社区. Grids (网格) hang below villages. */
export const REGION_LEVELS = ['district', 'town', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** 镇, 街道, 功能区 (economic zones with a township-level code), 村, 社区. */
export const REGION_KINDS = ['district', 'town', 'subdistrict', 'zone', 'village', 'community'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/**
 * A node of the region tree, keyed by its GB/T 2260 / NBS statistical code: 6 digits for a
 * district, 9 for a town, 12 for a village. A code is a prefix of its descendants' codes.
 */
export interface Region {
  readonly code: string;
  readonly districtCode: string;
  readonly parentCode: string | null;
  readonly level: RegionLevel;
  readonly kind: RegionKind;
  readonly name: string;
  readonly sortOrder: number;
  readonly center: LngLat | null;
  readonly boundary: Polygon | null;
}

/** 网格: the smallest area of responsibility, with one or more grid workers. */
export interface Grid {
  readonly id: string;
  readonly code: string;
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly name: string;
  /** A Polygon, or a MultiPolygon when the grid has several parts (ADR 0105). */
  readonly boundary: Area;
}

/** Where a record sits in the region tree; every large table carries these columns. */
export interface RegionPlacement {
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
}

export function regionLevelOfCode(code: string): RegionLevel | null {
  if (/^\d{6}$/.test(code)) return 'district';
  if (/^\d{9}$/.test(code)) return 'town';
  if (/^\d{12}$/.test(code)) return 'village';
  return null;
}

/** True when `code` is `ancestor` or lies below it in the tree. */
export function isWithinRegion(code: string, ancestor: string): boolean {
  return code.startsWith(ancestor);
}
