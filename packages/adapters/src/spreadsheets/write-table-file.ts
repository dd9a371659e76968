import type { SheetContent, TableFileWriter, TableFormat } from '@safegrid/core';
import { writeCsv } from './write-csv.js';
import { writeXlsx } from './write-xlsx.js';

/** The TableFileWriter over exceljs and csv-stringify. */
export const tableFileWriter: TableFileWriter = {
  write(sheet: SheetContent, format: TableFormat): AsyncIterable<Uint8Array> {
    return format === 'xlsx' ? writeXlsx(sheet) : writeCsv(sheet);
  },
};
