import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../lazy-modules.js';
import {
  emptySheet,
  encryptedWorkbook,
  fileTooLarge,
  legacyWorkbook,
  notASpreadsheet,
  tooManyRows,
  type ImportLimits,
  type SheetRow,
  type SheetTable,
} from '@safegrid/core';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an old .xls, or an xlsx encrypted with a password (it is wrapped in one). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** An encrypted OOXML package names its `EncryptionInfo` stream (UTF-16LE) in the compound file's directory. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const marker = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(marker);
}

/**
 * The text of a CSV file: UTF-8 (with or without BOM), UTF-16LE with BOM (Excel's "Unicode text"),
 * else GB 18030, which covers GBK and GB 2312 (what Excel on a Chinese Windows writes for "CSV").
 * A file that is not valid UTF-8 is taken as GB 18030; NUL bytes mean it is no text file at all.
 */
export function decodeCsvText(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF8_BOM)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.subarray(0, 4096).includes(0)) throw notASpreadsheet();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Text of a cell as the user sees it typed; a formula stays its text (`=HYPERLINK(…)`), never its result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return `=${value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return '';
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Heading row and data rows (blank rows left out), within the row limit. */
function toTable(records: Iterable<{ row: number; cells: string[] }>, limits: ImportLimits): SheetTable {
  let headings: string[] | undefined;
  const rows: SheetRow[] = [];
  for (const record of records) {
    if (isBlank(record.cells)) continue;
    if (!headings) {
      headings = record.cells.map((cell) => cell.trim());
      continue;
    }
    if (rows.length >= limits.maxRows) throw tooManyRows(limits.maxRows);
    rows.push(record);
  }
  if (!headings || rows.length === 0) throw emptySheet();
  return { headings, rows };
}

async function readWorkbook(bytes: Uint8Array, limits: ImportLimits): Promise<SheetTable> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw notASpreadsheet();
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.state !== 'hidden' && candidate.rowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) throw emptySheet();
  if (sheet.rowCount > limits.maxRows + 1_000) throw tooManyRows(limits.maxRows);
  const records: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return toTable(records, limits);
}

function readCsv(bytes: Uint8Array, limits: ImportLimits): SheetTable {
  const text = decodeCsvText(bytes);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: string[][];
  try {
    // Every line is parsed (the byte limit bounds the work): cutting at a record count would drop
    // data rows silently when blank lines came first.
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    throw notASpreadsheet();
  }
  // csv-parse counts lines; a quoted cell across lines makes row numbers drift, which is rare in 台账.
  return toTable(records.map((cells, index) => ({ row: index + 1, cells })), limits);
}

/** Reads xlsx (first visible sheet) or CSV; refuses encrypted, legacy, binary, empty and oversized files. */
export async function readSpreadsheet(bytes: Uint8Array, limits: ImportLimits): Promise<SheetTable> {
  if (bytes.byteLength > limits.maxBytes) throw fileTooLarge(limits.maxBytes);
  if (bytes.byteLength === 0) throw emptySheet();
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes, limits);
  if (startsWith(bytes, COMPOUND_FILE)) throw isEncryptedPackage(bytes) ? encryptedWorkbook() : legacyWorkbook();
  return readCsv(bytes, limits);
}

