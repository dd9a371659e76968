import { stringify } from 'csv-stringify';
import type { SheetContent } from '@safegrid/core';
import { csvSafeValue } from './export-cell-text.js';
import { pumpRows } from './write-stream.js';

/**
 * CSV in UTF-8 with a byte-order mark, so Excel on a Chinese Windows opens it as UTF-8 rather than
 * GBK. The preamble is the first record; headings the second.
 */
export function writeCsv(sheet: SheetContent): AsyncIterable<Uint8Array> {
  const out = stringify({ bom: true, record_delimiter: 'windows' });
  return pumpRows(out, async (write) => {
    await write([csvSafeValue(sheet.preamble)]);
    await write(sheet.headings.map(csvSafeValue));
    for await (const row of sheet.rows) await write(row.map(csvSafeValue));
    out.end();
  });
}
