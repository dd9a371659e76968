import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import {
  cappedCount, decodeTenantReviewCursor, encodeTenantReviewCursor, tenantReviewSortOrder, type ScopeFilter, type TenantReviewFilter, type TenantReviewStore,
} from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { toTenantOutcome, toTenantReview, toTenantReviewRow } from './tenant-review-rows.js';
import { scopeCondition } from './scope-conditions.js';
import { toUnit } from './unit-rows.js';
import { appendAudit } from '../audit/audit-chain.js';

/** Scope and filter of the review list, shared by its pages and its count. */
function listConditions(eb: ExpressionBuilder<Database, 'tenantReviews'>, scope: ScopeFilter, filter: TenantReviewFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [scopeCondition(eb, 'tenantReviews', scope)];
  if (filter.parkId !== undefined) parts.push(eb('tenantReviews.unitId', '=', filter.parkId));
  if (filter.statuses?.length) parts.push(eb('tenantReviews.status', 'in', [...filter.statuses]));
  return eb.and(parts);
}

/** 厂中厂 reviews (scoped like their park) and tenant outcomes. */
export function createTenantReviewStore(db: Kysely<Database>): TenantReviewStore {
  return {
    async findById(id, scope) {
      const row = await db
        .selectFrom('tenantReviews')
        .selectAll()
        .where('tenantReviews.id', '=', id)
        .where((eb) => scopeCondition(eb, 'tenantReviews', scope))
        .executeTakeFirst();
      return row && toTenantReview(row);
    },

    async insert(review) {
      await db.insertInto('tenantReviews').values(toTenantReviewRow(review)).execute();
      await appendAudit(db, 'tenant_reviews', [review.id]);
    },

    async update(review, expectedVersion) {
      const { id: _id, districtCode: _district, ...changes } = toTenantReviewRow(review);
      const result = await db.updateTable('tenantReviews').set(changes).where('id', '=', review.id).where('districtCode', '=', review.districtCode).where('version', '=', expectedVersion).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await appendAudit(db, 'tenant_reviews', [review.id]);
      return true;
    },

    async list(scope, filter, page) {
      // Keyset paging in the chosen order (ADR 0113): column then id, both the same direction, so a
      // `(scope column, status, id)` index is read in order, as the delivery log does (ADR 0108).
      const order = tenantReviewSortOrder(filter.sort);
      const after = page.cursor === undefined ? undefined : decodeTenantReviewCursor(filter.sort, page.cursor);
      const beyond = order.direction === 'asc' ? '>' : '<';
      let query = db.selectFrom('tenantReviews').selectAll().where((eb) => listConditions(eb, scope, filter));
      if (after && order.column === 'id') query = query.where('tenantReviews.id', beyond, after.id);
      if (after && order.column === 'status') {
        query = query.where((eb) => eb.or([
          eb('tenantReviews.status', beyond, after.value),
          eb.and([eb('tenantReviews.status', '=', after.value), eb('tenantReviews.id', beyond, after.id)]),
        ]));
      }
      if (order.column === 'status') query = query.orderBy('tenantReviews.status', order.direction);
      const rows = await query.orderBy('tenantReviews.id', order.direction).limit(page.limit + 1).execute();
      const items = rows.slice(0, page.limit).map(toTenantReview);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > page.limit && last ? encodeTenantReviewCursor(filter.sort, last) : null };
    },

    async count(scope, filter, cap) {
      // The limit sits inside the subquery: the database stops after cap + 1 matches (ADR 0090).
      const matches = db.selectFrom('tenantReviews').select('tenantReviews.id').where((eb) => listConditions(eb, scope, filter)).limit(cap + 1);
      const row = await db.selectFrom(matches.as('matches')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return cappedCount(Number(row.n), cap);
    },

    async listForPark(parkId, districtCode) {
      const rows = await db.selectFrom('tenantReviews').selectAll().where('unitId', '=', parkId).where('districtCode', '=', districtCode).orderBy('id').execute();
      return rows.map(toTenantReview);
    },

    async listTenants(parkId, districtCode) {
      const rows = await db.selectFrom('units').selectAll().where('parentId', '=', parkId).where('districtCode', '=', districtCode).orderBy('nameSort').execute();
      return rows.map(toUnit);
    },

    async findOutcomes(unitIds, districtCode) {
      if (unitIds.length === 0) return [];
      const rows = await db.selectFrom('tenantOutcomes').selectAll().where('unitId', 'in', [...unitIds]).where('districtCode', '=', districtCode).execute();
      return rows.map(toTenantOutcome);
    },

    async saveOutcome(outcome) {
      const { unitId: _unit, districtCode: _district, ...changes } = outcome;
      await db.insertInto('tenantOutcomes').values(outcome).onConflict((conflict) => conflict.columns(['unitId', 'districtCode']).doUpdateSet(changes)).execute();
      await appendAudit(db, 'tenant_outcomes', [outcome.unitId]);
    },
  };
}
