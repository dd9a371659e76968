import type { Kysely, Selectable } from 'kysely';
import type { HazardSupervision, SupervisionStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { HazardSupervisionsTable } from '../database-schema-calendar.js';
import { toHazard } from './hazard-rows.js';
import { toIso, toIsoOrNull } from './row-values.js';
import { regionCondition, scopeCondition } from './scope-conditions.js';

function toSupervision(row: Selectable<HazardSupervisionsTable>): HazardSupervision {
  return {
    districtCode: row.districtCode, hazardId: row.hazardId, supervisingDepartment: row.supervisingDepartment, requiredBy: row.requiredBy,
    listedBy: row.listedBy, listedByName: row.listedByName, listedAt: toIso(row.listedAt),
    delistedBy: row.delistedBy, delistedByName: row.delistedByName, delistedAt: toIsoOrNull(row.delistedAt),
  };
}

/** 挂牌督办 rows; the list joins hazards so the reader's scope applies (scope-conditions.ts). */
export function createSupervisionStore(db: Kysely<Database>): SupervisionStore {
  return {
    async find(hazardId, districtCode) {
      const row = await db.selectFrom('hazardSupervisions').selectAll().where('districtCode', '=', districtCode).where('hazardId', '=', hazardId).executeTakeFirst();
      return row && toSupervision(row);
    },
    async insert(supervision) {
      const result = await db
        .insertInto('hazardSupervisions')
        .values({ ...supervision })
        .onConflict((conflict) => conflict.columns(['districtCode', 'hazardId']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async delist({ hazardId, districtCode, by, byName, at }) {
      const result = await db
        .updateTable('hazardSupervisions')
        .set({ delistedBy: by, delistedByName: byName, delistedAt: at })
        .where('districtCode', '=', districtCode)
        .where('hazardId', '=', hazardId)
        .where('delistedAt', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async list(scope, filter, page) {
      let query = db
        .selectFrom('hazardSupervisions')
        .innerJoin('hazards', (join) => join.onRef('hazards.districtCode', '=', 'hazardSupervisions.districtCode').onRef('hazards.id', '=', 'hazardSupervisions.hazardId'))
        .selectAll('hazards')
        .select([
          'hazardSupervisions.supervisingDepartment', 'hazardSupervisions.requiredBy', 'hazardSupervisions.listedBy', 'hazardSupervisions.listedByName',
          'hazardSupervisions.listedAt', 'hazardSupervisions.delistedBy', 'hazardSupervisions.delistedByName', 'hazardSupervisions.delistedAt',
        ])
        .where((eb) => scopeCondition(eb, 'hazards', scope));
      if (filter.active !== undefined) query = query.where('hazardSupervisions.delistedAt', filter.active ? 'is' : 'is not', null);
      if (filter.regionCode !== undefined) {
        const code = filter.regionCode;
        query = query.where((eb) => regionCondition(eb, 'hazards', code));
      }
      if (page.cursor) query = query.where('hazards.id', '<', page.cursor);
      const rows = await query.orderBy('hazards.id', 'desc').limit(page.limit + 1).execute();
      const items = rows.slice(0, page.limit).map((row) => ({
        hazard: toHazard(row),
        supervision: toSupervision({
          districtCode: row.districtCode, hazardId: row.id, supervisingDepartment: row.supervisingDepartment, requiredBy: row.requiredBy,
          listedBy: row.listedBy, listedByName: row.listedByName, listedAt: row.listedAt,
          delistedBy: row.delistedBy, delistedByName: row.delistedByName, delistedAt: row.delistedAt,
        }),
      }));
      return { items, nextCursor: rows.length > page.limit ? (items[items.length - 1]?.hazard.id ?? null) : null };
    },
  };
}
