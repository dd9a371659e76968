/**
 * A sheet as read from an uploaded xlsx or CSV file: the heading row and the data rows, every cell
 * as text (a formula is kept as its text, never evaluated). Adapters read files into this shape.
 */
export interface SheetTable {
  readonly headings: readonly string[];
  readonly rows: readonly SheetRow[];
}

export interface SheetRow {
  /** The row number the user sees in Excel (the heading row is 1). */
  readonly row: number;
  readonly cells: readonly string[];
}

/** One cell the import refuses: where it is, what it holds and a field-problem message code. */
export interface RowProblem {
  readonly row: number;
  /** The heading as written in the file (or the expected heading of a missing column). */
  readonly column: string;
  readonly value: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Limits on what is read: bytes are checked before parsing, rows while reading. */
export interface ImportLimits {
  readonly maxBytes: number;
  readonly maxRows: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 100_000 };

/** A problem as a report file shows it: where, and the sentence in the reader's language. */
export interface ReportedProblem {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

/** Sheet names and list headings of a report file in the reader's language (row, column, value, problem). */
export interface ImportReportLabels {
  readonly sheet: string;
  readonly listSheet: string;
  readonly listHeadings: readonly [string, string, string, string];
}

/** The spreadsheet files of an import: reading uploads, the template and the marked report (adapters implement it). */
export interface SpreadsheetFiles {
  /** Reads xlsx or CSV (UTF-8 or GB 18030) into a table; throws import errors for files it cannot read. */
  read(bytes: Uint8Array, limits: ImportLimits): Promise<SheetTable>;
  /** The 台账 template with dropdowns on coded columns and a 填写说明 sheet. */
  unitImportTemplate(): Promise<Uint8Array>;
  /** The uploaded sheet with every bad cell filled and commented, and a list of the problems. */
  importReport(table: SheetTable, problems: readonly ReportedProblem[], labels: ImportReportLabels): Promise<Uint8Array>;
  /** The account import template with a role dropdown and a 填写说明 sheet (ADR 0084). */
  userImportTemplate(): Promise<Uint8Array>;
}
