import { Type, type Static } from 'typebox';
import { ON_EXISTING, UNIT_IMPORT_FIELDS, type RowProblem } from '@safegrid/core';
import { EN } from './messages/en.js';
import { fillMessage, type Language, type MessageCatalog } from './messages/message-catalog.js';
import { ZH_CN } from './messages/zh-cn.js';
import { DateTime, Nullable, StringEnum } from './shared.js';

/** 台账导入 (issue 13): the wire format of the unit import's dry run, report and commit. */
export { ON_EXISTING, UNIT_IMPORT_FIELDS } from '@safegrid/core';
// The Chinese labels the import reads for coded columns; the web catalogue's enum labels must equal them.
export { COORDINATE_SYSTEM_LABELS, DUST_KIND_LABELS, RISK_TAG_LABELS, SECTOR_LABELS, SUB_INDUSTRY_LABELS, UNIT_KIND_LABELS, UNIT_STATUS_LABELS, VENUE_TYPE_LABELS } from '@safegrid/core';
export type { OnExisting, UnitImportField, UnitImportTarget } from '@safegrid/core';

export const UnitImportQuery = Type.Object(
  {
    onExisting: Type.Optional(StringEnum(ON_EXISTING, { default: 'skip', description: 'A row whose credit code is registered: update the unit (kept in its history) or skip it' })),
  },
  { additionalProperties: false },
);
export type UnitImportQuery = Static<typeof UnitImportQuery>;

export const RowProblemResponse = Type.Object({
  row: Type.Integer({ description: 'Row number as Excel shows it (the heading row is 1)' }),
  column: Type.String({ description: 'The heading as written in the file' }),
  value: Type.String(),
  code: Type.String(),
  message: Type.String({ description: 'What is wrong, in the caller’s language' }),
});
export type RowProblemResponse = Static<typeof RowProblemResponse>;

export const UnitImportReportResponse = Type.Object({
  totalRows: Type.Integer(),
  validRows: Type.Integer(),
  newRows: Type.Integer(),
  existingRows: Type.Integer(),
  columns: Type.Array(Type.Object({ heading: Type.String(), field: Nullable(StringEnum(UNIT_IMPORT_FIELDS)) })),
  unknownHeadings: Type.Array(Type.String(), { description: 'Headings to map to a field (or ignore) before the import' }),
  problemCount: Type.Integer(),
  problems: Type.Array(RowProblemResponse, { description: `The first ${1000} problems, by row` }),
});
export type UnitImportReportResponse = Static<typeof UnitImportReportResponse>;

export const UnitImportResultResponse = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  skipped: Type.Integer(),
});
export type UnitImportResultResponse = Static<typeof UnitImportResultResponse>;

/**
 * A unit import committed as a job (ADR 0098): queued → checking (progress: rows checked) → writing
 * (all rows in one transaction) → imported or refused (nothing written); retrying while a run that
 * died waits for its next attempt, failed when no attempt is left (nothing written either way).
 */
export const UNIT_IMPORT_STATES = ['queued', 'checking', 'writing', 'retrying', 'imported', 'refused', 'failed'] as const;
export type UnitImportState = (typeof UNIT_IMPORT_STATES)[number];

export const UnitImportRunResponse = Type.Object({
  id: Type.String(),
  jobId: Type.String({ description: 'The imports.units job (also on the 后台任务 page)' }),
  fileName: Type.String(),
  onExisting: StringEnum(ON_EXISTING),
  totalRows: Type.Integer({ minimum: 0 }),
  state: StringEnum(UNIT_IMPORT_STATES),
  progress: Nullable(Type.Object({ done: Type.Integer({ minimum: 0 }), total: Type.Integer({ minimum: 0 }) }, { description: 'Rows checked of rows in the file' })),
  result: Nullable(UnitImportResultResponse),
  refusal: Nullable(Type.Object({ code: Type.String(), message: Type.String({ description: 'Why nothing was imported, in the caller’s language' }) })),
  createdAt: DateTime,
  finishedAt: Nullable(DateTime),
});
export type UnitImportRunResponse = Static<typeof UnitImportRunResponse>;

export const UnitImportRunHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200, description: 'A retry of the same commit with the same key answers the first import instead of starting another' })),
});

/** How many problems a JSON report carries; the xlsx report marks them all. */
export const MAX_REPORTED_PROBLEMS = 1000;

const CATALOGS: Record<Language, MessageCatalog> = { 'zh-CN': ZH_CN, en: EN };

/** What is wrong with one cell, in `language`. */
export function describeRowProblem(language: Language, problem: Pick<RowProblem, 'code' | 'params'>): string {
  const catalog = CATALOGS[language];
  return fillMessage(catalog.fieldProblems[problem.code] ?? catalog.fieldProblems.format ?? problem.code, problem.params);
}

/** Why an import run wrote nothing (an error code and its params), in `language`. */
export function describeImportRefusal(language: Language, refusal: { readonly code: string; readonly params?: Readonly<Record<string, string | number>> }): string {
  return fillMessage(CATALOGS[language].errors[refusal.code] ?? refusal.code, refusal.params);
}

export function presentRowProblem(language: Language, problem: RowProblem): RowProblemResponse {
  return { row: problem.row, column: problem.column, value: problem.value, code: problem.code, message: describeRowProblem(language, problem) };
}

/** 账号导入 (ADR 0084): the dry run's answer; a password cell shows as ****** in any problem. */
export const UserImportReportResponse = Type.Object({
  totalRows: Type.Integer(),
  validRows: Type.Integer(),
  problemCount: Type.Integer(),
  problems: Type.Array(RowProblemResponse, { description: `The first ${1000} problems, by row` }),
});
export type UserImportReportResponse = Static<typeof UserImportReportResponse>;

export const UserImportResultResponse = Type.Object({
  created: Type.Integer(),
  accounts: Type.Array(Type.Object({
    row: Type.Integer(),
    username: Type.String(),
    role: Type.String(),
    regionCode: Type.String(),
    initialPassword: Type.Union([Type.String(), Type.Null()], { description: 'Generated when the sheet left 初始密码 empty: shown this once, stored only as a hash' }),
  })),
});
export type UserImportResultResponse = Static<typeof UserImportResultResponse>;

/** 网格边界导入 (ADR 0084): problems by feature of a GeoJSON FeatureCollection. */
export const GridImportReportResponse = Type.Object({
  features: Type.Integer(),
  newGrids: Type.Integer(),
  existingGrids: Type.Integer(),
  problems: Type.Array(Type.Object({
    feature: Type.Integer({ description: '1-based position in the collection' }),
    code: Type.String({ description: 'The feature’s grid code, when it has one' }),
    path: Type.String({ description: 'geometry, properties.code, properties.name, properties.town, properties.village' }),
    problem: Type.String(),
    message: Type.String({ description: 'What is wrong, in the caller’s language' }),
  })),
});
export type GridImportReportResponse = Static<typeof GridImportReportResponse>;

export const GridImportResultResponse = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  movedUnits: Type.Integer({ minimum: 0, description: 'Registered units moved to the grid their location now lies in (each with a history entry)' }),
});
export type GridImportResultResponse = Static<typeof GridImportResultResponse>;
