import type { SheetTable } from './sheet-table.js';
import type { UnitImportTarget } from './unit-import-columns.js';
import type { OnExisting, UnitImportResult } from './import-units.js';

/** How a unit import run ended: every row written, or refused with nothing written. */
export type UnitImportOutcome =
  | ({ readonly outcome: 'imported' } & UnitImportResult)
  | { readonly outcome: 'refused'; readonly code: string; readonly params: Readonly<Record<string, string | number>> };

/**
 * A 台账导入 committed as a job (issue 13, ADR 0098): the sheet as read from the upload, kept until
 * the job has written it (or refused it), and the outcome. The outcome is saved in the same
 * transaction as the units, so a run whose outcome is set has imported exactly once.
 */
export interface UnitImportRun {
  readonly id: string;
  readonly districtCode: string;
  /** The job that commits it (`imports.units`, dedupe key = the run's id). */
  readonly jobId: string;
  /** The account that asked; the job acts as this account, with its scope as it is when the job runs. */
  readonly requestedBy: string;
  readonly fileName: string;
  readonly onExisting: OnExisting;
  readonly mapping: Readonly<Record<string, UnitImportTarget>>;
  readonly totalRows: number;
  /** The rows to import; null once the run has finished (the upload is not kept after it served). */
  readonly sheet: SheetTable | null;
  readonly outcome: UnitImportOutcome | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

/** Unit import runs (ADR 0098). Writes go through the stores of a transaction. */
export interface UnitImportRunStore {
  insert(run: UnitImportRun): Promise<void>;
  /** The run with its sheet (for the job). */
  find(id: string, districtCode: string): Promise<UnitImportRun | undefined>;
  /** The run without its sheet (for status reads). */
  findSummary(id: string, districtCode: string): Promise<Omit<UnitImportRun, 'sheet'> | undefined>;
  /** Saves the outcome and drops the sheet; false when the run has an outcome already (nothing changes then). */
  finish(id: string, districtCode: string, outcome: UnitImportOutcome, finishedAt: string): Promise<boolean>;
}
