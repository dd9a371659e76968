import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../lazy-modules.js';
import type { ImportReportLabels, ReportedProblem, SheetTable } from '@safegrid/core';

const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
/** Comments beyond this many are left out (the fill and the 问题清单 sheet still show every problem). */
const MAX_NOTES = 5_000;

/**
 * The dry run's report as a workbook: the uploaded sheet again with every bad cell filled red and
 * commented with what is wrong, and a 问题清单 sheet listing the problems by row. Cells are written
 * as text, so a formula someone typed stays inert text here too.
 */
export async function writeImportReport(table: SheetTable, problems: readonly ReportedProblem[], labels: ImportReportLabels): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'SafeGrid';
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const list = workbook.addWorksheet(labels.listSheet);
  const headingIndex = new Map(table.headings.map((heading, index) => [heading, index] as const));

  const headingRow = sheet.getRow(1);
  table.headings.forEach((heading, index) => {
    headingRow.getCell(index + 1).value = heading;
  });
  headingRow.font = { bold: true };
  const sheetRowOf = new Map<number, number>([[1, 1]]);
  table.rows.forEach((row, position) => {
    const target = sheet.getRow(position + 2);
    row.cells.forEach((cell, index) => {
      target.getCell(index + 1).value = cell;
    });
    sheetRowOf.set(row.row, position + 2);
  });

  const notes = new Map<string, string[]>();
  for (const problem of problems) {
    const rowNumber = sheetRowOf.get(problem.row) ?? 1;
    const columnIndex = headingIndex.get(problem.column);
    // A missing column is marked on the heading row's first cell.
    const cell = sheet.getRow(rowNumber).getCell(columnIndex === undefined ? 1 : columnIndex + 1);
    cell.fill = BAD_FILL;
    const key = cell.address;
    notes.set(key, [...(notes.get(key) ?? []), columnIndex === undefined ? `${problem.column}：${problem.message}` : problem.message]);
  }
  let written = 0;
  for (const [address, messages] of notes) {
    if (written >= MAX_NOTES) break;
    sheet.getCell(address).note = messages.join('\n');
    written += 1;
  }

  list.columns = labels.listHeadings.map((header, index) => ({ header, width: [8, 18, 30, 60][index] ?? 20 }));
  list.getRow(1).font = { bold: true };
  for (const problem of problems) list.addRow([problem.row, problem.column, problem.value, problem.message]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
