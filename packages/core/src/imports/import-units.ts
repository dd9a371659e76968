import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { refreshUnitRisks } from '../risk/refresh-unit-risk.js';
import { createUnitRecords, type UnitDraft, type UnitFields } from '../units/create-unit.js';
import { updateUnitRecord } from '../units/update-unit.js';
import { checkCreditCode } from '../units/unit-input.js';
import { canEditUnits } from '../units/unit-policy.js';
import type { Unit } from '../units/unit.js';
import { importRefused, importRowsInvalid, unmappedHeadings } from './import-errors.js';
import type { RowProblem, SheetTable } from './sheet-table.js';
import { COLUMN_OF_FIELD, type UnitImportTarget } from './unit-import-columns.js';
import { validateUnitRows, type ResolvedColumn, type ValidUnitRow } from './validate-unit-rows.js';

/** What happens to a row whose credit code is already registered: update the unit, or leave it. */
export const ON_EXISTING = ['update', 'skip'] as const;
export type OnExisting = (typeof ON_EXISTING)[number];

export interface UnitImportRequest {
  readonly table: SheetTable;
  readonly mapping?: Readonly<Record<string, UnitImportTarget>> | undefined;
}

/** The dry run's answer: every problem by row and column, and what a commit would do. */
export interface UnitImportReport {
  readonly totalRows: number;
  readonly validRows: number;
  /** Valid rows with no registered unit of the same credit code: a commit creates them. */
  readonly newRows: number;
  /** Valid rows matching a registered unit: a commit updates or skips them. */
  readonly existingRows: number;
  readonly columns: readonly ResolvedColumn[];
  readonly unknownHeadings: readonly string[];
  readonly problems: readonly RowProblem[];
}

export interface UnitImportResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
}

/** Progress of the checks before the transaction (rows checked of rows in the file). */
export type ImportProgress = (done: number, total: number) => Promise<void> | void;

const CHECK_BATCH = 2_000;
/** Units graded per batch after the writes (facts, previous gradings and saves in a few statements). */
const GRADE_BATCH = 1_000;
/** Rows written per batch: one credit-code lookup and a few multi-row inserts each. */
const WRITE_BATCH = 500;

/**
 * Finds the registered unit for each valid row with a credit code. A code registered outside the
 * actor's area is a problem: a town cannot update, nor learn more about, another town's unit.
 */
async function matchRegistered(
  stores: Pick<Stores, 'units'>,
  actor: Actor,
  rows: readonly ValidUnitRow[],
  headingOfCreditCode: string,
  progress?: ImportProgress,
): Promise<{ registered: Map<number, Unit>; problems: RowProblem[] }> {
  const scope = scopeFilterOf(actor);
  const registered = new Map<number, Unit>();
  const problems: RowProblem[] = [];
  for (let start = 0; start < rows.length; start += CHECK_BATCH) {
    const batch = rows.slice(start, start + CHECK_BATCH);
    const codes = batch.map((row) => checkCreditCode(row.draft.creditCode).code);
    const found = await stores.units.findByCreditCodes(actor.districtCode, codes.filter((code): code is string => code !== null));
    for (const [index, row] of batch.entries()) {
      const code = codes[index];
      const unit = code ? found.get(code) : undefined;
      if (unit && !isInScope(scope, { ...unit, unitId: unit.id })) {
        problems.push({ row: row.row, column: headingOfCreditCode, value: row.draft.creditCode ?? '', code: 'registered_outside_your_area' });
      } else if (unit) registered.set(row.row, unit);
    }
    if (progress) await progress(Math.min(start + CHECK_BATCH, rows.length), rows.length);
  }
  return { registered, problems };
}

/**
 * Every check of an import before its transaction: the pure checks of `validateUnitRows`, then the
 * credit-code lookups (reporting progress per batch). The rows without problems are in `rows`.
 */
export async function checkUnitImport(deps: CoreDeps, actor: Actor, request: UnitImportRequest, progress?: ImportProgress) {
  if (!canEditUnits(actor)) throw importRefused();
  const locator = await deps.gridLocators.forDistrict(actor.districtCode);
  const checked = validateUnitRows(request.table, { actor, locator, mapping: request.mapping ?? {} });
  const creditHeading = checked.columns.find((column) => column.field === 'creditCode')?.heading ?? COLUMN_OF_FIELD.get('creditCode')?.heading ?? '';
  const { registered, problems } = await matchRegistered(deps, actor, checked.rows, creditHeading, progress);
  // By row, then in the file's column order (a missing column sorts after the present ones).
  const position = new Map(checked.columns.map((column) => [column.heading, column.index] as const));
  const at = (problem: RowProblem) => position.get(problem.column) ?? Number.MAX_SAFE_INTEGER;
  const allProblems = [...checked.problems, ...problems].sort((a, b) => a.row - b.row || at(a) - at(b));
  const refusedRows = new Set(problems.map((problem) => problem.row));
  const rows = checked.rows.filter((row) => !refusedRows.has(row.row));
  return { checked, rows, registered, problems: allProblems };
}

/** 台账导入, step one: checks every row and reports what a commit would do; writes nothing. */
export async function dryRunUnitImport(deps: CoreDeps, actor: Actor, request: UnitImportRequest, progress?: ImportProgress): Promise<UnitImportReport> {
  const { checked, rows, registered, problems } = await checkUnitImport(deps, actor, request, progress);
  return {
    totalRows: checked.totalRows,
    validRows: rows.length,
    newRows: rows.length - registered.size,
    existingRows: registered.size,
    columns: checked.columns,
    unknownHeadings: checked.unknownHeadings,
    problems,
  };
}

/** The fields an update of a registered unit takes from a row: those the row gives, the place aside. */
function changesOf(row: ValidUnitRow): Partial<Omit<UnitFields, 'location'>> {
  const changes: Record<string, unknown> = {};
  for (const field of row.given) if (field !== 'location') changes[field] = row.draft[field as keyof typeof row.draft];
  return changes;
}

/**
 * Writes checked rows inside the caller's transaction through the registry's own writes: a new unit
 * by `createUnitRecords`, a registered one by `updateUnitRecord` (kept in its history) or left alone.
 * Every unit written is graded afterwards in batches (`refreshUnitRisks`), in the same transaction.
 * Any refusal throws and the caller rolls back.
 */
export async function importUnitsRecord(
  stores: Stores,
  context: WriteContext,
  input: { readonly rows: readonly ValidUnitRow[]; readonly onExisting: OnExisting },
): Promise<UnitImportResult> {
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let skipped = 0;
  const written: string[] = [];
  const deferred = { deferRiskGrading: true };
  const districtCode = context.actor.districtCode;
  // Rows go in batches: one lookup of their credit codes, their new units in a few multi-row
  // statements, the registered ones updated (or skipped) one by one with their history.
  for (let start = 0; start < input.rows.length; start += WRITE_BATCH) {
    const batch = input.rows.slice(start, start + WRITE_BATCH);
    const codes = batch.map((row) => checkCreditCode(row.draft.creditCode).code);
    const registeredByCode = await stores.units.findByCreditCodes(districtCode, codes.filter((code): code is string => code !== null));
    const fresh: UnitDraft[] = [];
    for (const [index, row] of batch.entries()) {
      const code = codes[index];
      const registered = code ? registeredByCode.get(code) : undefined;
      if (!registered) {
        fresh.push(row.draft);
      } else if (input.onExisting === 'skip') {
        skipped += 1;
      } else {
        const after = await updateUnitRecord(stores, context, { unitId: registered.id, changes: changesOf(row), placement: row.draft.placement }, deferred);
        if (after.version === registered.version) unchanged += 1;
        else {
          updated += 1;
          written.push(after.id);
        }
      }
    }
    if (fresh.length > 0) {
      written.push(...(await createUnitRecords(stores, context, fresh, deferred)).map((unit) => unit.id));
      created += fresh.length;
    }
  }
  for (let start = 0; start < written.length; start += GRADE_BATCH) {
    await refreshUnitRisks(stores, { unitIds: written.slice(start, start + GRADE_BATCH), districtCode: context.actor.districtCode, now: context.now, ids: context.deps.ids });
  }
  return { created, updated, unchanged, skipped };
}

/**
 * 台账导入, step two: checks again and imports all rows or none, in one transaction. Rows with
 * problems or unmapped headings refuse the whole file; the dry run shows why.
 */
export async function importUnits(
  deps: CoreDeps,
  actor: Actor,
  request: UnitImportRequest & { readonly onExisting: OnExisting },
  progress?: ImportProgress,
): Promise<UnitImportResult> {
  const { checked, rows, problems } = await checkUnitImport(deps, actor, request, progress);
  if (checked.unknownHeadings.length > 0) throw unmappedHeadings(checked.unknownHeadings);
  if (problems.length > 0) throw importRowsInvalid(problems.length);
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => importUnitsRecord(stores, context, { rows, onExisting: request.onExisting }));
}
