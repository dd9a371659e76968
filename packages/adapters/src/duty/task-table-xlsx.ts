import { loadExcelJs } from '../lazy-modules.js';
import type { TaskTableExporter, TaskTableSheetRow } from '@safegrid/core';

const COLUMNS: readonly { key: keyof TaskTableSheetRow; header: string; width: number }[] = [
  { key: 'lead', header: '牵头单位', width: 16 },
  { key: 'action', header: '行动', width: 22 },
  { key: 'title', header: '任务', width: 36 },
  { key: 'coResponsible', header: '配合单位', width: 22 },
  { key: 'deadline', header: '完成时限', width: 12 },
  { key: 'target', header: '目标', width: 22 },
  { key: 'status', header: '状态', width: 10 },
  { key: 'missing', header: '未报月份', width: 16 },
  { key: 'lastReport', header: '最近进展', width: 40 },
];

/** The plan's task table as an .xlsx workbook (清单管理 export for the meeting): a title row, headers, one row per task. */
export async function writeTaskTableXlsx(title: string, rows: readonly TaskTableSheetRow[]): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet('清单');
  sheet.columns = COLUMNS.map((column) => ({ key: column.key, width: column.width }));
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.addRow(COLUMNS.map((column) => column.header)).font = { bold: true };
  for (const row of rows) sheet.addRow(COLUMNS.map((column) => row[column.key]));
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The exporter core's task lists use. */
export const xlsxTaskTableExporter: TaskTableExporter = { toXlsx: writeTaskTableXlsx };
