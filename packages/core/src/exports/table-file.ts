/** A file format a list exports to. */
export const TABLE_FORMATS = ['xlsx', 'csv'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export type SheetValue = string | number | null;

/** A sheet already worded for its reader: what a TableFileWriter writes. */
export interface SheetContent {
  /** The worksheet's name (xlsx). */
  readonly title: string;
  /** The first line: 导出时间 / 导出人 / 筛选条件. */
  readonly preamble: string;
  readonly headings: readonly string[];
  readonly rows: AsyncIterable<readonly SheetValue[]>;
}

/**
 * Writes a sheet as xlsx or CSV, streamed: the bytes come out while rows are still being read, so
 * memory stays flat however long the list is. Text that a spreadsheet would run as a formula is
 * neutralised (ADR 0068).
 */
export interface TableFileWriter {
  write(sheet: SheetContent, format: TableFormat): AsyncIterable<Uint8Array>;
}
