import type { Kysely, Selectable } from 'kysely';
import type { OnExisting, SheetTable, UnitImportOutcome, UnitImportRun, UnitImportRunStore, UnitImportTarget } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import type { UnitImportsTable } from '../database-schema-domain.js';
import { readJson, toIso, toIsoOrNull, writeJson } from './row-values.js';

const SUMMARY_COLUMNS = ['districtCode', 'id', 'jobId', 'requestedBy', 'fileName', 'onExisting', 'mapping', 'totalRows', 'outcome', 'createdAt', 'finishedAt'] as const;
type SummaryRow = Pick<Selectable<UnitImportsTable>, (typeof SUMMARY_COLUMNS)[number]>;

const toSummary = (row: SummaryRow): Omit<UnitImportRun, 'sheet'> => ({
  id: row.id,
  districtCode: row.districtCode,
  jobId: row.jobId,
  requestedBy: row.requestedBy,
  fileName: row.fileName,
  onExisting: row.onExisting as OnExisting,
  mapping: readJson<Record<string, UnitImportTarget>>(row.mapping),
  totalRows: Number(row.totalRows),
  outcome: row.outcome === null ? null : readJson<UnitImportOutcome>(row.outcome),
  createdAt: toIso(row.createdAt),
  finishedAt: toIsoOrNull(row.finishedAt),
});

/** 台账导入 runs (ADR 0098): inserted with the sheet, finished once (outcome saved, sheet dropped). */
export function createUnitImportStore(db: Kysely<Database>): UnitImportRunStore {
  const byKey = (id: string, districtCode: string) => db.selectFrom('unitImports').where('districtCode', '=', districtCode).where('id', '=', id);
  return {
    async insert(run) {
      await db.insertInto('unitImports').values({
        districtCode: run.districtCode, id: run.id, jobId: run.jobId, requestedBy: run.requestedBy, fileName: run.fileName, onExisting: run.onExisting,
        mapping: writeJson(run.mapping), totalRows: run.totalRows, sheet: run.sheet === null ? null : JSON.stringify(run.sheet),
        outcome: run.outcome === null ? null : writeJson(run.outcome), createdAt: run.createdAt, finishedAt: run.finishedAt,
      }).execute();
    },
    async find(id, districtCode) {
      const row = await byKey(id, districtCode).select([...SUMMARY_COLUMNS, 'sheet']).executeTakeFirst();
      return row ? { ...toSummary(row), sheet: row.sheet === null ? null : (JSON.parse(row.sheet) as SheetTable) } : undefined;
    },
    async findSummary(id, districtCode) {
      const row = await byKey(id, districtCode).select(SUMMARY_COLUMNS).executeTakeFirst();
      return row ? toSummary(row) : undefined;
    },
    async finish(id, districtCode, outcome, finishedAt) {
      const result = await db.updateTable('unitImports').set({ outcome: writeJson(outcome), sheet: null, finishedAt })
        .where('districtCode', '=', districtCode).where('id', '=', id).where('outcome', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
