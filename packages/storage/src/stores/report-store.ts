import type { Kysely, Selectable } from 'kysely';
import type { ReportKind, ReportStore, StoredReport } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { LeadershipReportsTable } from '../database-schema-reports.js';
import { toIso } from './row-values.js';

const META_COLUMNS = [
  'id', 'districtCode', 'regionCode', 'regionName', 'kind', 'periodKey', 'firstDay', 'lastDay', 'trigger', 'pdfSize', 'pdfSha256',
  'xlsxSize', 'xlsxSha256', 'generatedBy', 'generatedByName', 'generatedAt',
] as const;
type MetaRow = Pick<Selectable<LeadershipReportsTable>, (typeof META_COLUMNS)[number]>;

const toReport = (row: MetaRow): StoredReport => ({
  ...row, kind: row.kind as ReportKind, trigger: row.trigger as StoredReport['trigger'], pdfSize: Number(row.pdfSize), xlsxSize: Number(row.xlsxSize),
  generatedAt: toIso(row.generatedAt),
});

const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Stored 通报 (ADR 0083), insert only. A scope sees the reports whose region lies inside its own
 * region (a town office its town's, the district office all); grid, sector or unit scopes see none,
 * as in the in-memory store.
 */
export function createReportStore(db: Kysely<Database>): ReportStore {
  const visible = (scope: Parameters<ReportStore['list']>[0]) => {
    let query = db.selectFrom('leadershipReports').select(META_COLUMNS).where('districtCode', '=', scope.districtCode);
    if (scope.gridIds !== undefined || scope.sectors !== undefined || scope.unitId !== undefined) query = query.where('id', '=', '');
    if (scope.regionCode !== undefined) query = query.where('regionCode', 'like', `${scope.regionCode}%`);
    return query;
  };
  return {
    async insert(report, files) {
      await db.insertInto('leadershipReports').values({ ...report, pdf: buffer(files.pdf), xlsx: buffer(files.xlsx) }).execute();
    },
    async findById(id, scope) {
      const row = await visible(scope).where('id', '=', id).executeTakeFirst();
      return row ? toReport(row) : undefined;
    },
    async findScheduled(districtCode, regionCode, kind, periodKey) {
      const row = await db.selectFrom('leadershipReports').select(META_COLUMNS).where('districtCode', '=', districtCode).where('regionCode', '=', regionCode)
        .where('kind', '=', kind).where('periodKey', '=', periodKey).where('trigger', '=', 'schedule').executeTakeFirst();
      return row ? toReport(row) : undefined;
    },
    async list(scope, limit) {
      return (await visible(scope).orderBy('id', 'desc').limit(limit).execute()).map(toReport);
    },
    async readFile(report, format) {
      const row = await db.selectFrom('leadershipReports').select(format).where('districtCode', '=', report.districtCode).where('id', '=', report.id).executeTakeFirst();
      const bytes = row ? (format === 'pdf' ? (row as { pdf: Uint8Array }).pdf : (row as { xlsx: Uint8Array }).xlsx) : undefined;
      return bytes ? new Uint8Array(bytes) : undefined;
    },
  };
}
