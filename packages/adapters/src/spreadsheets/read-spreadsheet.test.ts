import { isDomainError, UNIT_IMPORT_COLUMNS } from '@safegrid/core';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeImportReport } from './import-report.js';
import { TEMPLATE_ROWS, writeUnitImportTemplate } from './import-template.js';
import { decodeCsvText, readSpreadsheet } from './read-spreadsheet.js';

const LIMITS = { maxBytes: 1024 * 1024, maxRows: 100 };
const HEADINGS = ['单位名称', '统一社会信用代码', '地址'];

async function xlsxOf(rows: readonly (readonly ExcelJS.CellValue[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array, limits = LIMITS): Promise<string> {
  try {
    await readSpreadsheet(bytes, limits);
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  throw new Error('the file was read');
}

describe('readSpreadsheet', () => {
  it('reads an xlsx sheet as text cells, keeping a typed formula as inert text and skipping blank rows', async () => {
    const bytes = await xlsxOf([
      HEADINGS,
      ['湖塘精工机械有限公司', '91350100M000100Y43', '湖塘镇长虹路88号'],
      [],
      [{ formula: 'HYPERLINK("http://evil.example","点我")', result: '点我' }, 12345, '牛塘镇'],
    ]);
    const table = await readSpreadsheet(bytes, LIMITS);
    expect(table.headings).toEqual(HEADINGS);
    expect(table.rows).toEqual([
      { row: 2, cells: ['湖塘精工机械有限公司', '91350100M000100Y43', '湖塘镇长虹路88号'] },
      { row: 4, cells: ['=HYPERLINK("http://evil.example","点我")', '12345', '牛塘镇'] },
    ]);
  });

  it('reads CSV in UTF-8 with and without BOM, and in GB 18030 as Excel on Chinese Windows saves it', async () => {
    const text = stringify([HEADINGS, ['湖塘镇五金厂', '', '湖塘镇, 长虹路 "88" 号']]);
    const plain = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    for (const bytes of [plain, withBom]) {
      const table = await readSpreadsheet(bytes, LIMITS);
      expect(table.headings).toEqual(HEADINGS);
      expect(table.rows[0]?.cells).toEqual(['湖塘镇五金厂', '', '湖塘镇, 长虹路 "88" 号']);
    }
    // 湖塘镇 in GBK is BA FE CC C1 D5 F2; 地址 is B5 D8 D6 B7.
    const gbk = new Uint8Array([0xb5, 0xd8, 0xd6, 0xb7, 0x0a, 0xba, 0xfe, 0xcc, 0xc1, 0xd5, 0xf2, 0x0a]);
    expect(decodeCsvText(gbk)).toBe('地址\n湖塘镇\n');
    expect(await readSpreadsheet(gbk, LIMITS)).toEqual({ headings: ['地址'], rows: [{ row: 2, cells: ['湖塘镇'] }] });
  });

  it('refuses what is not a readable sheet, each with its own error', async () => {
    const compound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = new Uint8Array([...compound, ...new Uint8Array(64), ...Buffer.from('EncryptionInfo', 'utf16le')]);
    expect(await refusal(encrypted)).toBe('import.encrypted');
    expect(await refusal(new Uint8Array([...compound, ...new Uint8Array(512)]))).toBe('import.legacy_xls');
    expect(await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('import.not_a_spreadsheet');
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('import.not_a_spreadsheet');
    expect(await refusal(new Uint8Array())).toBe('import.empty');
    expect(await refusal(new TextEncoder().encode('单位名称,地址\n\n'))).toBe('import.empty');
    expect(await refusal(await xlsxOf([]))).toBe('import.empty');
    expect(await refusal(new Uint8Array(LIMITS.maxBytes + 1))).toBe('import.too_large');
    const many = `${'\n'.repeat(300)}${stringify([HEADINGS, ...Array.from({ length: 101 }, (_, index) => [`单位${index}`, '', '地址'])])}`;
    expect(await refusal(new TextEncoder().encode(many))).toBe('import.too_many_rows');
    expect(await refusal(await xlsxOf([HEADINGS, ...Array.from({ length: 101 }, (_, index) => [`单位${index}`, '', '地址'])]))).toBe('import.too_many_rows');
  });
});

describe('the template and the report', () => {
  it('offers every coded column as a dropdown of labels and explains each column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeUnitImportTemplate()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('监管对象台账');
    const choices = workbook.getWorksheet('选项');
    const notes = workbook.getWorksheet('填写说明');
    expect(sheet?.getRow(1).values).toEqual([undefined, ...UNIT_IMPORT_COLUMNS.map((column) => column.heading)]);
    expect(choices?.state).toBe('hidden');
    UNIT_IMPORT_COLUMNS.forEach((column, index) => {
      const validation = sheet?.getCell(2, index + 1).dataValidation;
      const last = sheet?.getCell(TEMPLATE_ROWS + 1, index + 1).dataValidation;
      if (!column.choices) {
        expect(validation).toBeUndefined();
        return;
      }
      expect(validation?.type).toBe('list');
      expect(last).toEqual(validation);
      const formula = validation?.formulae?.[0] as string;
      const [, from = '', to = ''] = /\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)/.exec(formula) ?? [];
      const labels: string[] = [];
      for (let row = Number(from.split('$')[1]); row <= Number(to.split('$')[1]); row += 1) labels.push(String(choices?.getCell(row, index + 1).value));
      expect(labels).toEqual(column.choices.labels);
    });
    const kindNote = notes?.getRows(2, UNIT_IMPORT_COLUMNS.length)?.find((row) => row.getCell(1).value === '单位类型');
    expect(kindNote?.getCell(2).value).toBe('必填');
    expect(String(kindNote?.getCell(4).value)).toContain('工贸企业、危化品单位');
  });

  it('marks each bad cell with a fill and a comment and lists the problems', async () => {
    const table = { headings: HEADINGS, rows: [{ row: 2, cells: ['=HYPERLINK("x")', '91350100M000100Y44', '湖塘镇'] }] };
    const problems = [
      { row: 2, column: '统一社会信用代码', value: '91350100M000100Y44', message: '校验位不正确' },
      { row: 1, column: '单位类型', value: '', message: '缺少此列' },
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeImportReport(table, problems, { sheet: '台账', listSheet: '问题清单', listHeadings: ['行', '列', '内容', '问题'] })) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('台账');
    const bad = sheet?.getCell('B2');
    expect(bad?.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect(JSON.stringify(bad?.note)).toContain('校验位不正确');
    expect(sheet?.getCell('A2').value).toBe('=HYPERLINK("x")');
    expect(sheet?.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('C2').fill).toBeUndefined();
    expect(JSON.stringify(sheet?.getCell('A1').note)).toContain('单位类型：缺少此列');
    expect(workbook.getWorksheet('问题清单')?.getRow(2).values).toEqual([undefined, 2, '统一社会信用代码', '91350100M000100Y44', '校验位不正确']);
  });
});
