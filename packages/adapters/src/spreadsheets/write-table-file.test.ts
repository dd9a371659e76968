import { Buffer } from 'node:buffer';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { SheetContent, SheetValue } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { tableFileWriter } from './write-table-file.js';
import { rememberUnstyledCells } from './write-xlsx.js';

async function* rowsOf(rows: readonly (readonly SheetValue[])[]): AsyncGenerator<readonly SheetValue[]> {
  for (const row of rows) yield row;
}

const sheet = (rows: readonly (readonly SheetValue[])[]): SheetContent => ({
  title: '隐患清单',
  preamble: '导出时间：2026-12-07 16:40　导出人：张敏　筛选条件：状态=整改中',
  headings: ['隐患描述', '单位名称', '逾期天数'],
  rows: rowsOf(rows),
});

async function bytesOf(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

const ROWS = [
  ['灭火器过期', '常州市武进区湖塘精密机械有限公司', 3],
  ['=HYPERLINK("http://evil.example","点我")', '+86 通讯', null],
  ['-1+2', '@SUM(A1)', -5],
  ['\t=1+1', '正常文本', 0],
] as const;

describe('tableFileWriter', () => {
  it('writes xlsx with the preamble, headings and rows, formulas as plain text', async () => {
    const bytes = await bytesOf(tableFileWriter.write(sheet(ROWS), 'xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const worksheet = workbook.getWorksheet('隐患清单');
    expect(worksheet).toBeDefined();
    expect(worksheet?.getCell('A1').value).toContain('导出人：张敏');
    expect(worksheet?.getRow(2).values).toEqual([undefined, '隐患描述', '单位名称', '逾期天数']);
    expect(worksheet?.getCell('B3').value).toBe('常州市武进区湖塘精密机械有限公司');
    expect(worksheet?.getCell('C3').value).toBe(3);
    const injected = worksheet?.getCell('A4');
    expect(injected?.type).toBe(ExcelJS.ValueType.String);
    expect(injected?.value).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(worksheet?.getCell('B5').type).toBe(ExcelJS.ValueType.String);
    expect(worksheet?.getCell('C5').value).toBe(-5);
    expect(worksheet?.rowCount).toBe(6);
  });

  it('xlsx: the preamble and headings keep their styles, body cells carry none and keep their types', async () => {
    const bytes = await bytesOf(tableFileWriter.write(sheet(ROWS), 'xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const worksheet = workbook.getWorksheet('隐患清单');
    expect(worksheet?.getCell('A1').font?.italic).toBe(true);
    for (const address of ['A2', 'B2', 'C2']) {
      expect(worksheet?.getCell(address).font?.bold).toBe(true);
      expect(worksheet?.getCell(address).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } });
    }
    for (const address of ['A3', 'B3', 'C3', 'C4', 'C5']) {
      expect(worksheet?.getCell(address).font).toBeUndefined();
      expect(worksheet?.getCell(address).fill).toBeUndefined();
      expect(worksheet?.getCell(address).numFmt).toBeUndefined();
    }
    expect(worksheet?.getCell('C3').type).toBe(ExcelJS.ValueType.Number);
    expect(worksheet?.getCell('C4').type).toBe(ExcelJS.ValueType.Null);
    expect(worksheet?.getCell('A5').type).toBe(ExcelJS.ValueType.String);
    expect(worksheet?.getCell('A5').value).toBe('-1+2');
    expect(worksheet?.getCell('C6').value).toBe(0);
  });

  it('xlsx: an unstyled cell\'s style is rendered once per cell type, not once per cell; a date still gets a date format', async () => {
    // Rendering each body cell's empty style to find its index was a third of the writer's CPU (issue 18).
    const out = new PassThrough();
    const read = bytesOf(out);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const styles = (workbook as unknown as { styles: { _addStyle(style: object): number } }).styles;
    const render = styles._addStyle.bind(styles);
    let rendered = 0;
    styles._addStyle = (style) => {
      rendered += 1;
      return render(style);
    };
    rememberUnstyledCells(workbook);
    const worksheet = workbook.addWorksheet('隐患清单');
    const heading = worksheet.addRow(['描述', '天数', '日期']);
    heading.font = { bold: true };
    heading.commit();
    const renderedForHeading = rendered;
    for (let index = 0; index < 1_000; index += 1) worksheet.addRow([`隐患 ${index}`, index, new Date(Date.UTC(2026, 0, 1 + (index % 28)))]).commit();
    worksheet.commit();
    await workbook.commit();
    expect(renderedForHeading).toBeGreaterThan(0);
    // A handful for three cell types (and the workbook's own), against 3,000 without the remembered index.
    expect(rendered - renderedForHeading).toBeLessThan(10);
    const readBack = new ExcelJS.Workbook();
    await readBack.xlsx.load(new Uint8Array(await read).buffer);
    const body = readBack.getWorksheet('隐患清单');
    expect(body?.getCell('A1').font?.bold).toBe(true);
    expect(body?.getCell('B1000').value).toBe(998);
    expect(body?.getCell('C1000').type).toBe(ExcelJS.ValueType.Date);
    expect(body?.getCell('C1000').value).toEqual(new Date(Date.UTC(2026, 0, 1 + (998 % 28))));
    expect(body?.getCell('C1000').numFmt).toBe('mm-dd-yy');
    expect(body?.getCell('A1000').font).toBeUndefined();
  });

  it('writes CSV in UTF-8 with a BOM, formulas prefixed so Excel shows them as text', async () => {
    const bytes = await bytesOf(tableFileWriter.write(sheet(ROWS), 'csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes.subarray(3).toString('utf8'), { relax_column_count: true }) as string[][];
    expect(records[0]?.[0]).toContain('筛选条件：状态=整改中');
    expect(records[1]).toEqual(['隐患描述', '单位名称', '逾期天数']);
    expect(records[2]).toEqual(['灭火器过期', '常州市武进区湖塘精密机械有限公司', '3']);
    expect(records[3]).toEqual(['\'=HYPERLINK("http://evil.example","点我")', '\'+86 通讯', '']);
    expect(records[4]).toEqual(['\'-1+2', '\'@SUM(A1)', '-5']);
    expect(records[5]?.[0]).toBe('\'\t=1+1');
  });

  it('streams: the first bytes come out before all rows were produced, and memory holds pages, not the list', async () => {
    let produced = 0;
    async function* many(): AsyncGenerator<readonly SheetValue[]> {
      for (let index = 0; index < 20_000; index += 1) {
        produced += 1;
        yield [`隐患 ${index}`, '单位', index];
      }
    }
    const stream = Readable.from(tableFileWriter.write({ ...sheet([]), rows: many() }, 'csv'));
    const first = await new Promise<Buffer>((resolve) => stream.once('data', resolve));
    expect(first.length).toBeGreaterThan(0);
    expect(produced).toBeLessThan(20_000);
    stream.destroy();
  });

  it('xlsx: rows are made no faster than the zip deflates them, so the XML waiting for it stays small', async () => {
    // Without waiting for the sheet's zip entry, its write buffer grew by ~60 MB per 100,000 rows (issue 13's 1M export).
    const cell = '常州市武进区湖塘镇消防通道堵塞杂物堆放整改中镇级督办张敏';
    const start = process.memoryUsage().external;
    let peak = 0;
    async function* wide(): AsyncGenerator<readonly SheetValue[]> {
      for (let index = 0; index < 20_000; index += 1) {
        if (index % 500 === 0) peak = Math.max(peak, process.memoryUsage().external - start);
        yield [`${cell}${index}`, cell, cell, cell, cell, cell, cell, cell, cell, cell, cell, index];
      }
    }
    const bytes = await bytesOf(tableFileWriter.write({ ...sheet([]), headings: Array.from({ length: 12 }, (_, index) => `列${index}`), rows: wide() }, 'xlsx'));
    expect(bytes.length).toBeGreaterThan(0);
    expect(peak / 1024 / 1024).toBeLessThan(8);
  }, 120_000);

  it('stops producing when the reader goes away', async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<readonly SheetValue[]> {
      for (;;) {
        produced += 1;
        yield ['行', '单位', produced];
      }
    }
    for (const format of ['csv', 'xlsx'] as const) {
      produced = 0;
      const chunks = tableFileWriter.write({ ...sheet([]), rows: endless() }, format)[Symbol.asyncIterator]();
      await chunks.next();
      await chunks.return?.(undefined);
      expect(produced).toBeGreaterThan(0);
      expect(produced).toBeLessThan(1_000_000);
    }
  });
});
