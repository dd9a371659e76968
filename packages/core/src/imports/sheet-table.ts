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

/** Reads an uploaded spreadsheet (xlsx or CSV in UTF-8 or GB 18030) into a table; throws import errors. */
export interface SpreadsheetReader {
  read(bytes: Uint8Array, limits: ImportLimits): Promise<SheetTable>;
}
