import type { AuditAnchor, AuditBreak, AuditStore } from '@safegrid/core';
import type { Kysely } from 'kysely';
import { GENESIS_HASH } from '../audit/audited-tables.js';
import { verifyAuditChain } from '../audit/audit-verify.js';
import type { Database } from '../database-schema.js';

/** The audit trail's reads and the daily anchors (ADR 0071); entries are appended by the audited stores themselves. */
export function createAuditStore(db: Kysely<Database>): AuditStore {
  const raw = db.withoutPlugins() as unknown as Kysely<Record<string, Record<string, unknown>>>;
  return {
    async head(districtCode) {
      const row = await raw.selectFrom('audit_heads').select(['seq', 'hash']).where('district_code', '=', districtCode).executeTakeFirst();
      return { districtCode, seq: Number(row?.seq ?? 0), hash: String(row?.hash ?? GENESIS_HASH) };
    },
    verify: (districtCode) => verifyAuditChain(db, districtCode),
    async recordAnchor(anchor) {
      const result = await raw
        .insertInto('audit_anchors')
        .values({
          district_code: anchor.districtCode, day: anchor.day, seq: anchor.seq, hash: anchor.hash, verified_ok: anchor.verifiedOk ? 1 : 0,
          problem: anchor.problem ? JSON.stringify(anchor.problem) : null, recorded_at: anchor.recordedAt,
        })
        .onConflict((conflict) => conflict.columns(['district_code', 'day']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async listAnchors(districtCode, limit) {
      const rows = await raw.selectFrom('audit_anchors').selectAll().where('district_code', '=', districtCode).orderBy('day', 'desc').limit(limit).execute();
      return rows.map((row): AuditAnchor => ({
        districtCode: String(row.district_code), day: String(row.day), seq: Number(row.seq), hash: String(row.hash), verifiedOk: Number(row.verified_ok) === 1,
        problem: row.problem === null || row.problem === undefined ? null : ((typeof row.problem === 'string' ? JSON.parse(row.problem) : row.problem) as AuditBreak),
        recordedAt: row.recorded_at instanceof Date ? row.recorded_at.toISOString() : String(row.recorded_at),
      }));
    },
  };
}
