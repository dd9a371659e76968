import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../lazy-modules.js';
import { DEPARTMENT_LABELS, reportTitle, SECTOR_LABELS, type LeadershipReport, type ReportHazard } from '@safegrid/core';

const rate = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const STATUS_NAMES: Readonly<Record<string, string>> = { reported: '待交办', assigned: '整改中', submitted: '待复核', closed: '已销号', dismissed: '不予受理' };
const LEVEL_NAMES: Readonly<Record<string, string>> = { general: '一般', major: '重大' };

function hazardSheet(workbook: ExcelJS.Workbook, name: string, hazards: readonly ReportHazard[]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [
    { header: '序号', width: 6 }, { header: '隐患', width: 48 }, { header: '镇（街道）', width: 14 }, { header: '等级', width: 8 },
    { header: '状态', width: 10 }, { header: '上报日期', width: 12 }, { header: '整改期限', width: 12 },
  ];
  hazards.forEach((hazard, index) => sheet.addRow([
    index + 1, hazard.title, hazard.townName, LEVEL_NAMES[hazard.level] ?? hazard.level,
    STATUS_NAMES[hazard.status] ?? hazard.status, hazard.reportedAt.slice(0, 10), hazard.deadline ?? '',
  ]));
  sheet.getRow(1).font = { bold: true };
}

/** The 通报's figures: one sheet per section, rates as numbers formatted as percentages, the trend as numbers. */
export async function writeLeadershipReportXlsx(report: LeadershipReport): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.created = new Date(report.generatedAt);
  const { headline, period } = report;
  const summary = workbook.addWorksheet('总体情况');
  summary.columns = [{ width: 24 }, { width: 44 }];
  summary.addRows([
    ['通报', reportTitle(report)], ['统计开始', period.firstDay], ['统计结束', period.lastDay], ['生成时间', report.generatedAt],
    ['本期新发现隐患', headline.found], ['本期新增重大隐患', headline.majorFound], ['本期整改销号', headline.closed],
    ['未整改隐患', headline.open], ['逾期隐患', headline.overdue], ['重大隐患未整改', headline.majorOpen], ['累计整改率', rate(headline.rectificationRate)],
  ]);
  summary.getCell('B11').numFmt = '0.0%';
  summary.getColumn(1).font = { bold: true };

  const towns = workbook.addWorksheet('整改率排名');
  towns.columns = [
    { header: '排名', width: 6 }, { header: '镇（街道）', width: 16 }, { header: '隐患总数', width: 10 }, { header: '未整改', width: 10 },
    { header: '已整改', width: 10 }, { header: '逾期', width: 8 }, { header: '重大未改', width: 10 }, { header: '整改率', width: 10, style: { numFmt: '0.0%' } },
  ];
  report.towns.forEach((town, index) => towns.addRow([index + 1, town.townName, town.total, town.open, town.closed, town.overdue, town.majorOpen, rate(town.rectificationRate)]));

  // Categories grouped by the one category table into sectors, each with its lead department (ADR 0096).
  const sectors = workbook.addWorksheet('分行业领域');
  sectors.columns = [
    { header: '行业领域', width: 14 }, { header: '牵头部门', width: 18 }, { header: '隐患总数', width: 10 }, { header: '未整改', width: 10 },
    { header: '已整改', width: 10 }, { header: '逾期', width: 8 }, { header: '重大未改', width: 10 },
  ];
  for (const row of report.sectors) sectors.addRow([SECTOR_LABELS[row.sector], DEPARTMENT_LABELS[row.lead], row.total, row.open, row.closed, row.overdue, row.majorOpen]);

  hazardSheet(workbook, '新增重大隐患', report.newMajorHazards);
  hazardSheet(workbook, '逾期隐患', report.overdueHazards);

  const campaigns = workbook.addWorksheet('专项整治');
  campaigns.columns = [
    { header: '专项整治', width: 30 }, { header: '开始日期', width: 12 }, { header: '结束日期', width: 12 }, { header: '范围内单位', width: 10 },
    { header: '已检查', width: 10 }, { header: '覆盖率', width: 10, style: { numFmt: '0.0%' } }, { header: '发现隐患', width: 10 }, { header: '已整改', width: 10 },
  ];
  for (const c of report.campaigns) campaigns.addRow([c.name, c.startsOn, c.endsOn, c.inScope, c.inspected, rate(c.coverageRate), c.hazardsFound, c.hazardsClosed]);

  const trend = workbook.addWorksheet('月度趋势');
  trend.columns = [{ header: '月份', width: 10 }, { header: '发现隐患', width: 10 }, { header: '整改销号', width: 10 }, { header: '当月发现已销号', width: 14 }];
  for (const month of report.trend) trend.addRow([month.month, month.found, month.closed, month.foundClosed]);
  for (const sheet of [towns, sectors, campaigns, trend]) sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
