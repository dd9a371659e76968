import type { EvidencePolicyStore, ReviewPhotoRule } from '@safegrid/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/audit-chain.js';
import type { Database } from '../database-schema.js';
import { toCount, toIso } from './row-values.js';

/** One row per district; each change is chained in the audit trail (ADR 0071, 0087). */
export function createEvidencePolicyStore(db: Kysely<Database>): EvidencePolicyStore {
  return {
    async find(districtCode) {
      const row = await db.selectFrom('evidencePolicies').selectAll().where('districtCode', '=', districtCode).executeTakeFirst();
      if (!row) return undefined;
      return {
        districtCode: row.districtCode,
        generalReviewPhotos: row.generalReviewPhotos as ReviewPhotoRule,
        maxPhotoAgeHours: toCount(row.maxPhotoAgeHours),
        maxPhotoDistanceMetres: toCount(row.maxPhotoDistanceMetres),
        updatedBy: row.updatedBy,
        updatedAt: toIso(row.updatedAt),
      };
    },
    async save(policy) {
      const values = {
        districtCode: policy.districtCode,
        generalReviewPhotos: policy.generalReviewPhotos,
        maxPhotoAgeHours: policy.maxPhotoAgeHours,
        maxPhotoDistanceMetres: policy.maxPhotoDistanceMetres,
        updatedBy: policy.updatedBy,
        updatedAt: policy.updatedAt,
      };
      const { districtCode, ...changes } = values;
      await db.insertInto('evidencePolicies').values(values).onConflict((conflict) => conflict.column('districtCode').doUpdateSet(changes)).execute();
      await appendAudit(db, 'evidence_policies', [districtCode]);
    },
  };
}
