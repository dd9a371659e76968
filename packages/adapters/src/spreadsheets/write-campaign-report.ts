import { loadExcelJs } from '../lazy-modules.js';
import type { CampaignReport } from '@safegrid/core';

const rate = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

/** The campaign report's figures, one sheet per table, rates as numbers formatted as percentages. */
export async function writeCampaignReportXlsx(report: CampaignReport, townNames: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.created = new Date(report.generatedAt);
  const summary = workbook.addWorksheet('总体情况');
  summary.columns = [{ width: 24 }, { width: 18 }];
  const { coverage, hazards } = report;
  summary.addRows([
    ['专项整治', report.campaign.name], ['开始日期', report.campaign.startsOn], ['结束日期', report.campaign.endsOn],
    ['范围内单位', coverage.inScope], ['已检查', coverage.inspected], ['未检查', coverage.notInspected], ['覆盖率', rate(coverage.rate)],
    ['监管检查次数', report.inspections.supervision], ['企业自查次数', report.inspections.selfInspection],
    ['发现隐患', hazards.found], ['其中重大隐患', hazards.major], ['已整改', hazards.closed], ['未整改', hazards.open], ['整改率', rate(hazards.rectificationRate)],
  ]);
  for (const row of [7, 14]) summary.getCell(`B${row}`).numFmt = '0.0%';
  const towns = workbook.addWorksheet('各镇覆盖');
  towns.columns = [{ header: '镇（街道）', width: 18 }, { header: '范围内', width: 10 }, { header: '已检查', width: 10 }, { header: '未检查', width: 10 }, { header: '覆盖率', width: 10, style: { numFmt: '0.0%' } }];
  for (const town of coverage.byTown) towns.addRow([townNames.get(town.townCode) ?? town.townCode, town.inScope, town.inspected, town.notInspected, rate(town.rate)]);
  const items = workbook.addWorksheet('主要问题');
  items.columns = [{ header: '检查项', width: 14 }, { header: '内容', width: 60 }, { header: '次数', width: 8 }, { header: '重大', width: 8 }];
  for (const item of report.topFailedItems) items.addRow([item.itemId, item.text, item.count, item.major]);
  const progress = workbook.addWorksheet('进度');
  progress.columns = [
    { header: '日期', width: 12 }, { header: '当日检查', width: 10 }, { header: '累计检查', width: 10 }, { header: '累计覆盖率', width: 12, style: { numFmt: '0.0%' } },
    { header: '当日发现隐患', width: 12 }, { header: '当日整改', width: 10 },
  ];
  for (const day of report.progress) progress.addRow([day.date, day.inspected, day.cumulativeInspected, rate(day.coverageRate), day.hazardsFound, day.hazardsClosed]);
  for (const sheet of [towns, items, progress]) sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
