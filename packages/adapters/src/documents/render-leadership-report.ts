import { DEPARTMENT_LABELS, reportTitle, SECTOR_LABELS, type LeadershipReport, type LeadershipReportFiles, type ReportHazard } from '@safegrid/core';
import { chineseDate, chineseTime, ensureSpace, finishPages, newPdf, paragraph, pdfBytes, type Pdf } from './pdf-layout.js';
import { lineChart, table } from './pdf-table.js';
import { writeLeadershipReportXlsx } from '../spreadsheets/write-leadership-report.js';

export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
export const STATUS_NAMES: Readonly<Record<string, string>> = { reported: '待交办', assigned: '整改中', submitted: '待复核', closed: '已销号', dismissed: '不予受理' };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

function heading(doc: Pdf, index: number, text: string): void {
  doc.moveDown(0.4);
  doc.font('bold').fontSize(13).text(`${NUMERALS[index] ?? index + 1}、${text}`);
  doc.moveDown(0.3);
}

function hazardRows(hazards: readonly ReportHazard[]): (string | number)[][] {
  return hazards.map((hazard, index) => [index + 1, hazard.title, hazard.townName, STATUS_NAMES[hazard.status] ?? hazard.status, hazard.deadline ?? '—']);
}

/**
 * 通报 for printing: title and period, 一 headline figures, 二 towns ranked by 整改率, 三 sectors and
 * their lead departments (categories grouped by the one category table), 四 new major hazards,
 * 五 overdue hazards, 六 campaigns, 七 the 12-month trend drawn with pdfkit's vector paths.
 */
export async function renderLeadershipReportPdf(report: LeadershipReport): Promise<Uint8Array> {
  const title = reportTitle(report);
  const { headline, period } = report;
  const doc = await newPdf(title, 'SafeGrid');
  return pdfBytes(doc, () => {
    doc.font('bold').fontSize(18).text(`${report.regionName}安全生产隐患排查治理${period.kind === 'weekly' ? '周报' : '月报'}`, { align: 'center' });
    doc.moveDown(0.3);
    doc.font('regular').fontSize(10).fillColor('#555555')
      .text(`统计期间：${chineseDate(period.firstDay)} 至 ${chineseDate(period.lastDay)}\u3000生成时间：${chineseTime(report.generatedAt)}`, { align: 'center' })
      .fillColor('black');

    heading(doc, 0, '总体情况');
    paragraph(doc, `本期新发现隐患 ${headline.found} 项，其中重大隐患 ${headline.majorFound} 项；本期整改销号 ${headline.closed} 项。`
      + `截至生成时，未整改隐患 ${headline.open} 项，其中逾期 ${headline.overdue} 项、重大隐患 ${headline.majorOpen} 项，累计整改率 ${percent(headline.rectificationRate)}。`);

    heading(doc, 1, '各镇（街道）整改率排名');
    if (report.towns.length === 0) paragraph(doc, '本期无隐患数据。');
    else {
      table(doc, ['排名', '镇（街道）', '隐患总数', '未整改', '已整改', '逾期', '重大未改', '整改率'], report.towns.map((town, index) => [
        index + 1, town.townName, town.total, town.open, town.closed, town.overdue, town.majorOpen, percent(town.rectificationRate),
      ]), [0.8, 2.6, 1.2, 1.1, 1.1, 0.9, 1.2, 1.1]);
    }

    heading(doc, 2, '分行业领域情况（按隐患类别归口，三管三必须）');
    if (report.sectors.length === 0) paragraph(doc, '本期无隐患数据。');
    else {
      table(doc, ['行业领域', '牵头部门', '隐患总数', '未整改', '已整改', '逾期', '重大未改'], report.sectors.map((row) => [
        SECTOR_LABELS[row.sector], DEPARTMENT_LABELS[row.lead], row.total, row.open, row.closed, row.overdue, row.majorOpen,
      ]), [2, 2.6, 1.2, 1.1, 1.1, 0.9, 1.2]);
    }

    heading(doc, 3, `本期新增重大隐患（${report.newMajorTotal} 项）`);
    if (report.newMajorHazards.length === 0) paragraph(doc, '本期无新增重大隐患。');
    else table(doc, ['序号', '隐患', '镇（街道）', '状态', '整改期限'], hazardRows(report.newMajorHazards), [0.8, 5, 2, 1.2, 1.6]);

    heading(doc, 4, `逾期未整改隐患（${headline.overdue} 项）`);
    if (report.overdueHazards.length === 0) paragraph(doc, '目前无逾期隐患。');
    else {
      table(doc, ['序号', '隐患', '镇（街道）', '状态', '整改期限'], hazardRows(report.overdueHazards), [0.8, 5, 2, 1.2, 1.6]);
      if (report.overdueHazards.length < headline.overdue) paragraph(doc, `（仅列前 ${report.overdueHazards.length} 项，完整清单见 Excel 附表或隐患列表导出。）`, { size: 9 });
    }

    heading(doc, 5, '专项整治进展');
    if (report.campaigns.length === 0) paragraph(doc, '本期无进行中的专项整治。');
    else {
      table(doc, ['专项整治', '起止日期', '范围内', '已检查', '覆盖率', '发现隐患', '已整改'], report.campaigns.map((campaign) => [
        campaign.name, `${campaign.startsOn.slice(5)}～${campaign.endsOn.slice(5)}`, campaign.inScope, campaign.inspected, percent(campaign.coverageRate),
        campaign.hazardsFound, campaign.hazardsClosed,
      ]), [3.6, 1.8, 1, 1, 1, 1.2, 1.1]);
    }

    ensureSpace(doc, 240); // keep the chart's heading with the chart
    heading(doc, 6, '近12个月隐患发现与整改趋势');
    lineChart(doc, {
      labels: report.trend.map((month) => month.month),
      series: [
        { name: '发现隐患', values: report.trend.map((month) => month.found), color: '#d4380d' },
        { name: '整改销号', values: report.trend.map((month) => month.closed), color: '#1677ff' },
      ],
    });
    finishPages(doc, title);
  });
}

/** The 通报 files over pdfkit and exceljs. */
export const leadershipReportFiles: LeadershipReportFiles = {
  pdf: renderLeadershipReportPdf,
  xlsx: writeLeadershipReportXlsx,
};
