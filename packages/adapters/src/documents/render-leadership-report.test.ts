import ExcelJS from 'exceljs';
import { reportPeriod, type LeadershipReport } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.js';
import { renderLeadershipReportPdf } from './render-leadership-report.js';
import { writeLeadershipReportXlsx } from '../spreadsheets/write-leadership-report.js';

const hazard = (index: number, townName: string) => ({
  id: `h${index}`, title: `隐患${index}号：配电箱未接地`, townName, level: 'major' as const, status: 'assigned' as const,
  reportedAt: '2026-03-03T02:00:00.000Z', deadline: '2026-03-20',
});

/** A month with two towns, a campaign and a year of flow: enough to fill every section. */
export const SAMPLE_REPORT: LeadershipReport = {
  districtCode: '320412', regionCode: '320412', regionName: '武进区', period: reportPeriod('monthly', '2026-03'), generatedAt: '2026-04-01T00:00:00.000Z',
  headline: { found: 57, closed: 41, majorFound: 3, open: 36, overdue: 7, majorOpen: 4, rectificationRate: 0.82 },
  towns: [
    { townCode: '320412103', townName: '洛阳镇', total: 90, open: 6, closed: 84, overdue: 1, majorOpen: 0, rectificationRate: 84 / 90 },
    { townCode: '320412100', townName: '湖塘镇', total: 120, open: 30, closed: 86, overdue: 6, majorOpen: 4, rectificationRate: 86 / 116 },
  ],
  sectors: [
    { sector: 'fire', lead: 'fire', total: 130, open: 20, closed: 110, overdue: 4, majorOpen: 1 },
    { sector: 'group_rental', lead: 'housing', total: 80, open: 16, closed: 60, overdue: 3, majorOpen: 3 },
  ],
  newMajorHazards: [hazard(1, '湖塘镇'), hazard(2, '湖塘镇'), hazard(3, '洛阳镇')],
  newMajorTotal: 3,
  overdueHazards: Array.from({ length: 7 }, (_, index) => ({ ...hazard(10 + index, '湖塘镇'), level: 'general' as const, deadline: '2026-03-10' })),
  campaigns: [{ name: '2026年粉尘涉爆企业专项整治', startsOn: '2026-02-20', endsOn: '2026-04-30', inScope: 120, inspected: 78, coverageRate: 0.65, hazardsFound: 40, hazardsClosed: 31 }],
  trend: Array.from({ length: 12 }, (_, index) => {
    const month = new Date(Date.UTC(2025, 3 + index, 1)).toISOString().slice(0, 7);
    return { month, found: 30 + ((index * 7) % 25), closed: 25 + ((index * 5) % 20), foundClosed: 20, foundDismissed: 1 };
  }),
};

describe('the 通报 files', () => {
  it('prints the title, headline, ranking in order, the lists, the campaign and the trend chart in the PDF', async () => {
    const pages = await pdfText(await renderLeadershipReportPdf(SAMPLE_REPORT));
    const text = pages.join('');
    expect(text).toContain('武进区安全生产隐患排查治理月报');
    expect(text).toContain('统计期间：2026年3月1日至2026年3月31日');
    expect(text).toContain('本期新发现隐患57项，其中重大隐患3项；本期整改销号41项');
    expect(text).toContain('逾期7项、重大隐患4项，累计整改率82.0%');
    expect(text.indexOf('1洛阳镇')).toBeGreaterThan(-1);
    expect(text.indexOf('1洛阳镇')).toBeLessThan(text.indexOf('2湖塘镇'));
    expect(text).toContain('分行业领域情况');
    expect(text).toContain('群租房住房和城乡建设局8016603');
    expect(text).toContain('本期新增重大隐患（3项）');
    expect(text).toContain('隐患16号：配电箱未接地');
    expect(text).toContain('2026年粉尘涉爆企业专项整治');
    expect(text).toContain('2025-04');
    expect(text).toContain('2026-03');
    expect(text).toContain('发现隐患整改销号');
  });

  it('writes the figures to xlsx as numbers, one sheet per section', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeLeadershipReportXlsx(SAMPLE_REPORT)).slice().buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['总体情况', '整改率排名', '分行业领域', '新增重大隐患', '逾期隐患', '专项整治', '月度趋势']);
    expect(workbook.getWorksheet('总体情况')?.getCell('B11').value).toBe(0.82);
    expect(workbook.getWorksheet('整改率排名')?.getRow(2).values).toEqual([undefined, 1, '洛阳镇', 90, 6, 84, 1, 0, 0.933]);
    expect(workbook.getWorksheet('分行业领域')?.getRow(3).values).toEqual([undefined, '群租房', '住房和城乡建设局', 80, 16, 60, 3, 3]);
    expect(workbook.getWorksheet('逾期隐患')?.rowCount).toBe(8);
    const trend = workbook.getWorksheet('月度趋势');
    expect(trend?.rowCount).toBe(13);
    expect(trend?.getRow(13).values).toEqual([undefined, '2026-03', 30 + ((11 * 7) % 25), 25 + ((11 * 5) % 20), 20]);
  });
});
