import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { cappedCount, decodeInspectionCursor, encodeInspectionCursor, inspectionSortOrder, type InspectionFilter, type InspectionStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { toInspection, toInspectionRow } from './inspection-rows.js';
import { scopeCondition } from './scope-conditions.js';

type InspectionBuilder = ExpressionBuilder<Database, 'inspections'>;

function filterConditions(eb: InspectionBuilder, filter: InspectionFilter): Expression<SqlBool>[] {
  const parts: Expression<SqlBool>[] = [];
  if (filter.unitId) parts.push(eb('inspections.unitId', '=', filter.unitId));
  if (filter.campaignId) parts.push(eb('inspections.campaignId', '=', filter.campaignId));
  if (filter.inspectorId) parts.push(eb('inspections.inspectorId', '=', filter.inspectorId));
  if (filter.statuses?.length) parts.push(eb('inspections.status', 'in', [...filter.statuses]));
  if (filter.kinds?.length) parts.push(eb('inspections.kind', 'in', [...filter.kinds]));
  if (filter.finishedFrom) parts.push(eb('inspections.finishedAt', '>=', filter.finishedFrom));
  if (filter.finishedTo) parts.push(eb('inspections.finishedAt', '<', filter.finishedTo));
  return parts;
}

/** Inspections; every read is narrowed by the caller's scope inside the SQL. */
export function createInspectionStore(db: Kysely<Database>): InspectionStore {
  return {
    async findById(id, scope) {
      const row = await db
        .selectFrom('inspections')
        .selectAll()
        .where('inspections.id', '=', id)
        .where((eb) => scopeCondition(eb, 'inspections', scope))
        .executeTakeFirst();
      return row && toInspection(row);
    },

    async insert(inspection) {
      await db.insertInto('inspections').values(toInspectionRow(inspection)).execute();
    },

    async update(inspection, expectedVersion) {
      const { id: _id, districtCode: _district, ...changes } = toInspectionRow(inspection);
      const result = await db.updateTable('inspections').set(changes).where('id', '=', inspection.id).where('districtCode', '=', inspection.districtCode).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async list(scope, filter, page) {
      // Keyset paging in the chosen order (ADR 0112): column then id, both the same direction, so
      // an index on (district_code, column, id) is read in order and no plan sorts the district.
      const order = inspectionSortOrder(filter.sort);
      const after = page.cursor === undefined ? undefined : decodeInspectionCursor(filter.sort, page.cursor);
      const beyond = order.direction === 'asc' ? '>' : '<';
      const column = order.column === 'id' ? undefined : (`inspections.${order.column}` as const);
      let query = db
        .selectFrom('inspections')
        .selectAll()
        .where((eb) => eb.and([scopeCondition(eb, 'inspections', scope), ...filterConditions(eb, filter)]));
      if (after && !column) query = query.where('inspections.id', beyond, after.id);
      if (after && column) {
        query = query.where((eb) => eb.or([eb(column, beyond, after.value), eb.and([eb(column, '=', after.value), eb('inspections.id', beyond, after.id)])]));
      }
      if (column) query = query.orderBy(column, order.direction);
      const rows = (await query.orderBy('inspections.id', order.direction).limit(page.limit + 1).execute()).map(toInspection);
      const items = rows.slice(0, page.limit);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > page.limit && last ? encodeInspectionCursor(filter.sort, last) : null };
    },

    async count(scope, filter, cap) {
      // The limit sits inside the subquery: the database stops after cap + 1 matches (ADR 0090).
      const matches = db
        .selectFrom('inspections')
        .select('inspections.id')
        .where((eb) => eb.and([scopeCondition(eb, 'inspections', scope), ...filterConditions(eb, filter)]))
        .limit(cap + 1);
      const row = await db.selectFrom(matches.as('matches')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return cappedCount(Number(row.n), cap);
    },

    async linkFindings(inspection, findings) {
      if (findings.length === 0) return;
      await db
        .insertInto('inspectionFindings')
        .values(findings.map((finding) => ({ ...finding, inspectionId: inspection.id, campaignId: inspection.campaignId, districtCode: inspection.districtCode })))
        .execute();
    },

    async linkPhotos(inspection, photoIds) {
      if (photoIds.length === 0) return;
      await db
        .insertInto('inspectionPhotos')
        .values([...new Set(photoIds)].map((photoId) => ({ photoId, inspectionId: inspection.id, districtCode: inspection.districtCode })))
        .onConflict((conflict) => conflict.columns(['photoId', 'inspectionId', 'districtCode']).doNothing())
        .execute();
    },
  };
}
