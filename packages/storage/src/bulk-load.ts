import type { Grid, Hazard, HazardEvent, Region, Unit, User } from '@safegrid/core';
import type { SafeGridDatabase } from './database.js';
import { toHazardEventRow, toHazardRow } from './stores/hazard-rows.js';
import { toGridRow, toRegionRow } from './stores/region-store.js';
import { toUnitRow } from './stores/unit-rows.js';
import { toUserRow } from './stores/user-store.js';

// SQLite allows 32,766 bound parameters per statement; stay well below with the widest table.
const ROWS_PER_STATEMENT = 500;

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

/**
 * Fast loading of generated or imported records (demo district, benchmarks): many rows per
 * statement, one transaction per call, no per-row use-case checks. Callers vouch for validity.
 */
export interface BulkLoader {
  regions(regions: readonly Region[], grids: readonly Grid[]): Promise<void>;
  users(users: readonly { user: User; passwordHash: string }[]): Promise<void>;
  units(units: readonly Unit[]): Promise<void>;
  hazards(hazards: readonly Hazard[], events: readonly HazardEvent[], photoLinks?: readonly { hazardId: string; photoId: string; districtCode: string }[]): Promise<void>;
}

export function createBulkLoader(database: SafeGridDatabase): BulkLoader {
  const { db } = database;
  return {
    async regions(regions, grids) {
      await db.transaction().execute(async (trx) => {
        // Parents before children: the tree's foreign keys are checked row by row.
        const ordered = [...regions].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
        for (const batch of chunks(ordered, ROWS_PER_STATEMENT)) await trx.insertInto('regions').values(batch.map(toRegionRow)).execute();
        for (const batch of chunks(grids, ROWS_PER_STATEMENT)) await trx.insertInto('grids').values(batch.map(toGridRow)).execute();
      });
    },
    async users(users) {
      await db.transaction().execute(async (trx) => {
        for (const batch of chunks(users, ROWS_PER_STATEMENT)) {
          await trx.insertInto('users').values(batch.map(({ user, passwordHash }) => toUserRow(user, passwordHash))).execute();
        }
      });
    },
    async units(units) {
      await db.transaction().execute(async (trx) => {
        // Parks before their tenants (parent_id references units.id).
        const ordered = [...units].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
        for (const batch of chunks(ordered, ROWS_PER_STATEMENT)) {
          await trx.insertInto('units').values(batch.map(toUnitRow)).execute();
          const tags = batch.flatMap((unit) => unit.riskTags.map((tag) => ({ unitId: unit.id, districtCode: unit.districtCode, tag })));
          for (const tagBatch of chunks(tags, ROWS_PER_STATEMENT * 4)) await trx.insertInto('unitTags').values(tagBatch).execute();
        }
      });
    },
    async hazards(hazards, events, photoLinks = []) {
      await db.transaction().execute(async (trx) => {
        for (const batch of chunks(hazards, ROWS_PER_STATEMENT)) await trx.insertInto('hazards').values(batch.map(toHazardRow)).execute();
        for (const batch of chunks(events, ROWS_PER_STATEMENT)) await trx.insertInto('hazardEvents').values(batch.map(toHazardEventRow)).execute();
        for (const batch of chunks(photoLinks, ROWS_PER_STATEMENT * 2)) await trx.insertInto('hazardPhotos').values(batch).execute();
      });
    },
  };
}
