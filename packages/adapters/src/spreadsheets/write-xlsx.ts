import { PassThrough } from 'node:stream';
import { loadExcelJs } from '../lazy-modules.js';
import type { SheetContent, SheetValue } from '@safegrid/core';
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
    rememberUnstyledCells(workbook);
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
      // exceljs copies the values into its cells and never keeps or changes the array it is given.
      worksheet.addRow(row as SheetValue[]).commit();
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

/** The part of exceljs's style table that a cell's style goes through as the row is written. */
interface CellStyleTable {
  addStyleModel(model: object | undefined, cellType?: number): number;
}

/**
 * Gives every unstyled body cell its style index without rendering its style (issue 18). exceljs
 * hands each cell a fresh, empty style object, renders it to XML (`<xf numFmtId=…/>`) to look up its
 * index, and keeps it in a WeakMap: per cell that was a third of the writer's CPU with the garbage
 * it makes (16k rows per CPU second with it, ~35k without, 18 columns). For an empty style the index
 * depends on the cell's type alone (a number or a date picks a number format), so it is looked up
 * once per type and remembered; a styled cell (the preamble, the headings) takes exceljs's own path.
 * `styles` is not in exceljs's typings, hence the reach; without it the export stays correct, only slower.
 */
export function rememberUnstyledCells(workbook: object): void {
  const styles = (workbook as { styles?: CellStyleTable }).styles;
  if (typeof styles?.addStyleModel !== 'function') return;
  const lookUp = styles.addStyleModel.bind(styles);
  const byCellType = new Map<number | undefined, number>();
  styles.addStyleModel = (model, cellType) => {
    if (!model || !isEmpty(model)) return lookUp(model, cellType);
    let index = byCellType.get(cellType);
    if (index === undefined) byCellType.set(cellType, index = lookUp(model, cellType));
    return index;
  };
}

function isEmpty(model: object): boolean {
  for (const _key in model) return false;
  return true;
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
