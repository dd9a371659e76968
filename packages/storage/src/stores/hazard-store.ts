import type { Kysely } from 'kysely';
import { cappedCount, encodeHazardCursor, type HazardEventStore, type HazardStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { DialectName } from '../database.js';
import { applyRollupDelta, COUNTED_COLUMNS, countedFields, createRollupDelta } from './hazard-rollups.js';
import { toHazard, toHazardEvent, toHazardEventRow, toHazardRow } from './hazard-rows.js';
import { countHazardMatches, selectHazardPage } from './hazard-list-query.js';
import { scopeCondition } from './scope-conditions.js';
import { appendAudit } from '../audit/audit-chain.js';
import { openHazard } from './rule-conditions.js';

/** Runs `work` in the caller's transaction, or in a new one when the store is not inside one. */
function inOneTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Hazards; every read is narrowed by the caller's scope inside the SQL. Every write also applies
 * its change to the dashboard rollups in the same transaction (ADR 0031).
 */
export function createHazardStore(db: Kysely<Database>, dialect: DialectName): HazardStore {
  return {
    async findById(id, scope) {
      const row = await db
        .selectFrom('hazards')
        .selectAll()
        .where('hazards.id', '=', id)
        .where((eb) => scopeCondition(eb, 'hazards', scope))
        .executeTakeFirst();
      return row && toHazard(row);
    },

    async insert(hazard) {
      const row = toHazardRow(hazard);
      await inOneTransaction(db, async (trx) => {
        await trx.insertInto('hazards').values(row).execute();
        await applyRollupDelta(trx, createRollupDelta().add(countedFields(row), 1));
      });
    },

    async update(hazard, expectedVersion) {
      const row = toHazardRow(hazard);
      const { id: _id, districtCode: _district, ...changes } = row;
      return inOneTransaction(db, async (trx) => {
        // The counted fields as stored, read (and on PostgreSQL locked) only when the version
        // still matches: a concurrent writer that got there first leaves nothing to count here.
        const previous = await trx
          .selectFrom('hazards')
          .select([...COUNTED_COLUMNS])
          .where('id', '=', hazard.id)
          .where('districtCode', '=', hazard.districtCode)
          .where('version', '=', expectedVersion)
          .$if(dialect === 'postgres', (query) => query.forUpdate())
          .executeTakeFirst();
        if (!previous) return false;
        const result = await trx
          .updateTable('hazards')
          .set(changes)
          .where('id', '=', hazard.id)
          .where('districtCode', '=', hazard.districtCode)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return false;
        await applyRollupDelta(trx, createRollupDelta().add(countedFields(previous), -1).add(countedFields(row), 1));
        return true;
      });
    },

    async list(scope, filter, page, today) {
      const rows = await selectHazardPage(db, { scope, filter, page, today });
      const items = rows.slice(0, page.limit).map(toHazard);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > page.limit && last ? encodeHazardCursor(filter.sort, last) : null };
    },

    async count(scope, filter, today, cap) {
      return cappedCount(await countHazardMatches(db, { scope, filter, today }, cap), cap);
    },

    async linkPhotos(hazard, photoIds) {
      if (photoIds.length === 0) return;
      await db
        .insertInto('hazardPhotos')
        .values([...new Set(photoIds)].map((photoId) => ({ photoId, hazardId: hazard.id, districtCode: hazard.districtCode })))
        .onConflict((conflict) => conflict.columns(['photoId', 'hazardId', 'districtCode']).doNothing())
        .execute();
    },

    async findOpenNear(districtCode, query, limit) {
      if (query.categories.length === 0) return [];
      const { box } = query;
      const rows = await db
        .selectFrom('hazards')
        .selectAll()
        .where('districtCode', '=', districtCode)
        .where('category', 'in', [...query.categories])
        .where('lat', '>=', box.minLat)
        .where('lat', '<=', box.maxLat)
        .where('lng', '>=', box.minLng)
        .where('lng', '<=', box.maxLng)
        .where('reportedAt', '>=', query.reportedFrom)
        .where(openHazard(undefined))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toHazard);
    },
  };
}

export function createHazardEventStore(db: Kysely<Database>): HazardEventStore {
  return {
    async append(event) {
      await db.insertInto('hazardEvents').values(toHazardEventRow(event)).execute();
      await appendAudit(db, 'hazard_events', [event.id]);
    },
    async listForHazard(hazardId, districtCode) {
      const rows = await db
        .selectFrom('hazardEvents')
        .selectAll()
        .where('hazardId', '=', hazardId)
        .where('districtCode', '=', districtCode)
        .orderBy('id', 'asc')
        .execute();
      return rows.map(toHazardEvent);
    },
  };
}
