import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../lazy-modules.js';
import { UNIT_IMPORT_COLUMNS } from '@safegrid/core';

/** Rows of the template that carry the dropdowns (数据验证); offices rarely register more at once. */
export const TEMPLATE_ROWS = 2_000;
const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The 台账 template: one sheet with the import's headings (required ones shaded) and a dropdown on
 * every coded column, a hidden 选项 sheet holding the dropdowns' labels, and a 填写说明 sheet with one
 * line per column. 风险标签 takes several labels, so its dropdown suggests without refusing.
 */
export async function writeUnitImportTemplate(): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'SafeGrid';
  const sheet = workbook.addWorksheet('监管对象台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  const notes = workbook.addWorksheet('填写说明');
  const choices = workbook.addWorksheet('选项', { state: 'hidden' });

  sheet.columns = UNIT_IMPORT_COLUMNS.map((column) => ({ header: column.heading, key: column.field, width: Math.max(12, column.heading.length * 3) }));
  sheet.getRow(1).font = { bold: true };
  UNIT_IMPORT_COLUMNS.forEach((column, index) => {
    const cell = sheet.getRow(1).getCell(index + 1);
    cell.fill = column.required ? REQUIRED_FILL : HEADING_FILL;
    cell.note = column.note;
    const labels = column.choices?.labels;
    if (!labels) return;
    const choiceColumn = choices.getColumn(index + 1);
    choiceColumn.values = [column.heading, ...labels];
    const letter = columnLetter(index);
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'选项'!$${letter}$2:$${letter}$${labels.length + 1}`],
      showErrorMessage: !column.multiple,
      errorStyle: 'stop',
      errorTitle: column.heading,
      error: '请从下拉列表中选择',
      showInputMessage: true,
      promptTitle: column.heading,
      prompt: column.note.slice(0, 250),
    };
    // exceljs keeps validations per cell and writes equal neighbours as one range.
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row += 1) sheet.getCell(`${letter}${row}`).dataValidation = validation;
  });

  notes.columns = [{ header: '列', width: 18 }, { header: '是否必填', width: 10 }, { header: '填写说明', width: 80 }, { header: '可选值', width: 80 }];
  notes.getRow(1).font = { bold: true };
  for (const column of UNIT_IMPORT_COLUMNS) {
    notes.addRow([column.heading, column.required ? '必填' : '选填', column.note, column.choices?.labels.join('、') ?? '']);
  }
  notes.addRow([]);
  notes.addRow(['', '', '第一行为列标题，请勿修改；每个单位一行，从第二行开始填写。']);
  notes.addRow(['', '', '导入分两步：先“预检”逐行检查并列出问题，修改后再“导入”；有任何一行有误时不导入任何数据。']);
  notes.addRow(['', '', '统一社会信用代码与已登记单位相同时，可选择“更新已登记单位”（留有修改记录）或“跳过”。']);
  notes.addRow(['', '', '所属网格由经纬度自动确定；镇（街道）只能导入本辖区内的单位。']);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
