import { PassThrough } from 'node:stream';
import { loadExcelJs } from '../lazy-modules.js';
import type { SheetContent } from '@safegrid/core';
import { pumpRows } from './write-stream.js';

const MAX_WORKSHEET_TITLE = 31;

/**
 * xlsx through exceljs's streaming WorkbookWriter: each row is committed (written into the zip) as
 * soon as it is added, so memory holds one row, not the sheet. Text is written as text cells, which
 * Excel never evaluates, so `=HYPERLINK(…)` in a unit name stays a name.
 */
export function writeXlsx(sheet: SheetContent): AsyncIterable<Uint8Array> {
  const out = new PassThrough();
  return pumpRows<Buffer>(out, async () => {
    const workbook = new (await loadExcelJs()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const worksheet = workbook.addWorksheet(sheet.title.slice(0, MAX_WORKSHEET_TITLE), { views: [{ state: 'frozen', ySplit: 2 }] });
    worksheet.columns = sheet.headings.map((heading, index) => ({ key: `c${index}`, width: Math.min(40, Math.max(10, heading.length * 2 + 4)) }));
    const preamble = worksheet.addRow([sheet.preamble]);
    preamble.font = { italic: true, color: { argb: 'FF595959' } };
    worksheet.mergeCells(1, 1, 1, Math.max(1, sheet.headings.length));
    preamble.commit();
    const headings = worksheet.addRow([...sheet.headings]);
    headings.font = { bold: true };
    headings.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
    headings.commit();
    let sinceYield = 0;
    for await (const row of sheet.rows) {
      worksheet.addRow([...row]).commit();
      // Let the zip and the reader catch up now and then: without it the deflated bytes pile up.
      if (++sinceYield >= 200) {
        sinceYield = 0;
        await zipCaughtUp(worksheet, out);
        await drained(out);
      }
    }
    worksheet.commit();
    await workbook.commit();
  });
}

/** The stream the zip reads the sheet's XML from, once the zip has started the sheet's entry. */
interface SheetEntrySink {
  readonly _writableState?: { readonly needDrain?: boolean };
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * Waits until the zip has taken the sheet's XML written so far (issue 13's 1M-row export). exceljs's
 * worksheet writes each committed row into a buffer that is piped, without backpressure, into the
 * zip's entry stream; deflating is slower than making rows, so that entry stream's write buffer grew
 * by ~60 MB per 100,000 rows (Buffers, outside the V8 heap) while `out` never asked to wait. Its
 * `needDrain` flag is the only signal: exceljs and archiver expose no public one, hence the reach into
 * `_stream.pipes` (readable-stream 2, which has no `writableNeedDrain`). Before the zip opens the
 * entry there is no pipe and nothing to wait for. A reader that goes away (`out` closed) ends the
 * wait too, so `drained` can stop the export instead of leaving it waiting for ever.
 */
async function zipCaughtUp(worksheet: object, out: PassThrough): Promise<void> {
  const sink = (worksheet as { _stream?: { pipes?: readonly SheetEntrySink[] } })._stream?.pipes?.[0];
  if (out.destroyed || !sink?._writableState?.needDrain) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('close', done);
      resolve();
    };
    sink.once('drain', done);
    out.on('close', done);
  });
}

async function drained(out: PassThrough): Promise<void> {
  if (out.destroyed) throw new Error('export stopped');
  if (out.writableNeedDrain) await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
  else await new Promise<void>((resolve) => setImmediate(resolve));
}
