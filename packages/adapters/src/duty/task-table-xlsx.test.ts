import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeTaskTableXlsx } from './task-table-xlsx.js';

describe('the 清单管理 table as xlsx', () => {
  it('writes a title, the headers and one row per task that read back unchanged', async () => {
    const bytes = await writeTaskTableXlsx('安全生产治本攻坚三年行动 2024—2026', [
      { lead: '湖塘镇', action: '重大事故隐患动态清零行动', title: '涉粉企业除尘改造', coResponsible: '应急管理局', deadline: '2026-12-31', target: '完成率 100 %', status: '滞后', missing: '2026-01、2026-02', lastReport: '—' },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('清单');
    expect(sheet?.getRow(1).getCell(1).value).toBe('安全生产治本攻坚三年行动 2024—2026');
    expect(sheet?.getRow(2).getCell(7).value).toBe('状态');
    expect(sheet?.getRow(3).values).toEqual([undefined, '湖塘镇', '重大事故隐患动态清零行动', '涉粉企业除尘改造', '应急管理局', '2026-12-31', '完成率 100 %', '滞后', '2026-01、2026-02', '—']);
    expect(sheet?.rowCount).toBe(3);
  });
});
