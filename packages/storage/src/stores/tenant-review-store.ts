import type { Insertable, Kysely, Selectable } from 'kysely';
import type { TenantOutcome, TenantReview, TenantReviewStore } from '@safegrid/core';
import type { Database, TenantOutcomesTable, TenantReviewsTable } from '../database-schema.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';
import { scopeCondition } from './scope-conditions.js';
import { toUnit } from './unit-rows.js';

function toTenantReview(row: Selectable<TenantReviewsTable>): TenantReview {
  const { unitId, tenant, safetyAgreement, fireAcceptance, appliedAt, decidedAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    sector: row.sector as TenantReview['sector'],
    status: row.status as TenantReview['status'],
    parkId: unitId,
    tenant: readJson<TenantReview['tenant']>(tenant),
    safetyAgreement: Number(safetyAgreement) === 1,
    fireAcceptance: Number(fireAcceptance) === 1,
    appliedAt: toIso(appliedAt),
    decidedAt: toIsoOrNull(decidedAt),
    updatedAt: toIso(updatedAt),
  };
}

function toTenantReviewRow(review: TenantReview): Insertable<TenantReviewsTable> {
  const { parkId, tenant, safetyAgreement, fireAcceptance, ...rest } = review;
  return { ...rest, unitId: parkId, tenant: writeJson(tenant), safetyAgreement: safetyAgreement ? 1 : 0, fireAcceptance: fireAcceptance ? 1 : 0 };
}

function toTenantOutcome(row: Selectable<TenantOutcomesTable>): TenantOutcome {
  return { ...row, sector: row.sector as TenantOutcome['sector'], outcome: row.outcome as TenantOutcome['outcome'], decidedAt: toIso(row.decidedAt) };
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
    },

    async update(review, expectedVersion) {
      const { id: _id, districtCode: _district, ...changes } = toTenantReviewRow(review);
      const result = await db.updateTable('tenantReviews').set(changes).where('id', '=', review.id).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
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
      await db.insertInto('tenantOutcomes').values(outcome).onConflict((conflict) => conflict.column('unitId').doUpdateSet(changes)).execute();
    },
  };
}
