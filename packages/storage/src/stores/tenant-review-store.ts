import type { Kysely } from 'kysely';
import type { TenantReviewStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { toTenantOutcome, toTenantReview, toTenantReviewRow } from './tenant-review-rows.js';
import { scopeCondition } from './scope-conditions.js';
import { toUnit } from './unit-rows.js';
import { appendAudit } from '../audit/audit-chain.js';

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
      const rows = await db
        .selectFrom('tenantReviews')
        .selectAll()
        .where((eb) => scopeCondition(eb, 'tenantReviews', scope))
        .$if(filter.parkId !== undefined, (query) => query.where('tenantReviews.unitId', '=', filter.parkId as string))
        .$if(Boolean(filter.statuses?.length), (query) => query.where('tenantReviews.status', 'in', [...(filter.statuses ?? [])]))
        .$if(page.cursor !== undefined, (query) => query.where('tenantReviews.id', '<', page.cursor as string))
        .orderBy('tenantReviews.id', 'desc')
        .limit(page.limit + 1)
        .execute();
      const items = rows.slice(0, page.limit).map(toTenantReview);
      return { items, nextCursor: rows.length > page.limit ? (items[items.length - 1]?.id ?? null) : null };
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
