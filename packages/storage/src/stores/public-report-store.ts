import { sql, type Kysely, type Selectable } from 'kysely';
import type { HazardMerge, PublicReport, PublicReportCategory, PublicReportChannel, PublicReportStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { HazardMergesTable, PublicReportsTable } from '../database-schema-public-reports.js';
import { readJson, toIso, writeJson } from './row-values.js';

function toPublicReport(row: Selectable<PublicReportsTable>): PublicReport {
  return {
    id: row.id, districtCode: row.districtCode, hazardId: row.hazardId, reportedHazardId: row.reportedHazardId, codeHash: row.codeHash,
    channel: row.channel as PublicReportChannel, clientName: row.clientName, category: row.category as PublicReportCategory,
    description: row.description, photoIds: readJson<string[]>(row.photoIds), reporterName: row.reporterName,
    reporterPhone: row.reporterPhone, createdAt: toIso(row.createdAt),
  };
}

function toMerge(row: Selectable<HazardMergesTable>): HazardMerge {
  return { districtCode: row.districtCode, duplicateId: row.duplicateId, originalId: row.originalId, mergedAt: toIso(row.mergedAt) };
}

/** Public reports, merges and submission counters (ADR 0074). */
export function createPublicReportStore(db: Kysely<Database>): PublicReportStore {
  return {
    async insert(report) {
      await db.insertInto('publicReports').values({ ...report, photoIds: writeJson(report.photoIds) }).execute();
    },
    async findByCodeHash(codeHash) {
      const row = await db.selectFrom('publicReports').selectAll().where('codeHash', '=', codeHash).executeTakeFirst();
      return row && toPublicReport(row);
    },
    async findById(id, districtCode) {
      const row = await db.selectFrom('publicReports').selectAll().where('districtCode', '=', districtCode).where('id', '=', id).executeTakeFirst();
      return row && toPublicReport(row);
    },
    async replaceCode(id, districtCode, codeHash) {
      await db.updateTable('publicReports').set({ codeHash }).where('districtCode', '=', districtCode).where('id', '=', id).execute();
    },
    async listForHazards(districtCode, hazardIds) {
      if (hazardIds.length === 0) return [];
      const rows = await db
        .selectFrom('publicReports')
        .selectAll()
        .where('districtCode', '=', districtCode)
        .where('hazardId', 'in', [...hazardIds])
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
      return rows.map(toPublicReport);
    },
    async listReported(districtCode, query, limit) {
      const rows = await db
        .selectFrom('publicReports')
        .selectAll()
        .where('districtCode', '=', districtCode)
        .where('reportedHazardId', 'is not', null)
        .$if(query.hazardIds !== undefined, (q) => q.where('reportedHazardId', 'in', query.hazardIds?.length ? [...(query.hazardIds ?? [])] : ['']))
        .$if(query.hazardIds === undefined && query.categories !== undefined, (q) => q.where('category', 'in', query.categories?.length ? [...(query.categories ?? [])] : ['']))
        .$if(query.hazardIds === undefined && query.from !== undefined, (q) => q.where('createdAt', '>=', query.from ?? ''))
        .$if(query.hazardIds === undefined && query.to !== undefined, (q) => q.where('createdAt', '<', query.to ?? ''))
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toPublicReport);
    },
    async repoint(districtCode, fromHazardId, toHazardId) {
      await db.updateTable('publicReports').set({ hazardId: toHazardId }).where('districtCode', '=', districtCode).where('hazardId', '=', fromHazardId).execute();
    },
    async recordMerge(merge) {
      await db.insertInto('hazardMerges').values(merge).execute();
    },
    async listMergedInto(districtCode, originalId) {
      const rows = await db
        .selectFrom('hazardMerges')
        .selectAll()
        .where('districtCode', '=', districtCode)
        .where('originalId', '=', originalId)
        .orderBy('mergedAt')
        .orderBy('duplicateId')
        .execute();
      return rows.map(toMerge);
    },
    async countAttempt(key, windowStart, forgetBefore) {
      const { attempts } = await db
        .insertInto('publicReportAttempts')
        .values({ key, windowStart, attempts: 1 })
        .onConflict((conflict) => conflict.columns(['key', 'windowStart']).doUpdateSet({ attempts: sql<number>`public_report_attempts.attempts + 1` }))
        .returning('attempts')
        .executeTakeFirstOrThrow();
      if (attempts === 1) await db.deleteFrom('publicReportAttempts').where('windowStart', '<', forgetBefore).execute();
      return attempts;
    },
  };
}
