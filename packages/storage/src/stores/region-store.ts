import type { Kysely, Selectable } from 'kysely';
import type { Area, Grid, Polygon, Region, RegionStore } from '@safegrid/core';
import type { Database, GridsTable, RegionsTable } from '../database-schema.js';
import { readJson, writeJson, writeJsonOrNull } from './row-values.js';

export function toRegion(row: Selectable<RegionsTable>): Region {
  return {
    code: row.code,
    districtCode: row.districtCode,
    parentCode: row.parentCode,
    level: row.level as Region['level'],
    kind: row.kind as Region['kind'],
    name: row.name,
    sortOrder: row.sortOrder,
    center: row.centerLng === null || row.centerLat === null ? null : { lng: row.centerLng, lat: row.centerLat },
    boundary: row.boundary === null ? null : readJson<Polygon>(row.boundary),
  };
}

export function toRegionRow(region: Region) {
  return {
    code: region.code,
    districtCode: region.districtCode,
    parentCode: region.parentCode,
    level: region.level,
    kind: region.kind,
    name: region.name,
    sortOrder: region.sortOrder,
    centerLng: region.center?.lng ?? null,
    centerLat: region.center?.lat ?? null,
    boundary: writeJsonOrNull(region.boundary),
  };
}

export function toGrid(row: Selectable<GridsTable>): Grid {
  // One JSON column for both shapes: a Polygon, or a MultiPolygon of several parts (ADR 0105).
  return { ...row, boundary: readJson<Area>(row.boundary) };
}

export function toGridRow(grid: Grid) {
  return { ...grid, boundary: writeJson(grid.boundary) };
}

export function createRegionStore(db: Kysely<Database>): RegionStore {
  return {
    async listRegions(districtCode) {
      const rows = await db.selectFrom('regions').selectAll().where('districtCode', '=', districtCode).orderBy('code').execute();
      return rows.map(toRegion);
    },
    async regionNames(districtCode) {
      const rows = await db.selectFrom('regions').select(['code', 'name']).where('districtCode', '=', districtCode).execute();
      return new Map(rows.map((row) => [row.code, row.name]));
    },
    async findRegion(code) {
      const row = await db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
      return row && toRegion(row);
    },
    async listGrids(districtCode, regionCode) {
      let query = db.selectFrom('grids').selectAll().where('districtCode', '=', districtCode);
      if (regionCode && regionCode.length === 9) query = query.where('townCode', '=', regionCode);
      if (regionCode && regionCode.length === 12) query = query.where('villageCode', '=', regionCode);
      const rows = await query.orderBy('code').execute();
      return rows.map(toGrid);
    },
    async findGrid(id) {
      const row = await db.selectFrom('grids').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toGrid(row);
    },
    async saveGrid(grid) {
      const row = toGridRow(grid);
      await db.insertInto('grids').values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet({ name: row.name, townCode: row.townCode, villageCode: row.villageCode, boundary: row.boundary, code: row.code }))
        .execute();
    },
    async listDistrictCodes() {
      const rows = await db.selectFrom('regions').select('code').where('level', '=', 'district').orderBy('code').execute();
      return rows.map((row) => row.code);
    },
  };
}
