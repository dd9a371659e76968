import type { Insertable, Selectable } from 'kysely';
import type { TenantOutcome, TenantReview } from '@safegrid/core';
import type { TenantOutcomesTable, TenantReviewsTable } from '../database-schema.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';

export function toTenantReview(row: Selectable<TenantReviewsTable>): TenantReview {
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

/** Scope rules read the park as the review's unit (unit_id). */
export function toTenantReviewRow(review: TenantReview): Insertable<TenantReviewsTable> {
  const { parkId, tenant, safetyAgreement, fireAcceptance, ...rest } = review;
  return { ...rest, unitId: parkId, tenant: writeJson(tenant), safetyAgreement: safetyAgreement ? 1 : 0, fireAcceptance: fireAcceptance ? 1 : 0 };
}

export function toTenantOutcome(row: Selectable<TenantOutcomesTable>): TenantOutcome {
  return { ...row, sector: row.sector as TenantOutcome['sector'], outcome: row.outcome as TenantOutcome['outcome'], decidedAt: toIso(row.decidedAt) };
}
