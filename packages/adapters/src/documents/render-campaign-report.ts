import type { CampaignReport, CampaignReportFiles } from '@safegrid/core';
import { chineseDate, chineseTime, finishPages, newPdf, paragraph, pdfBytes, type Pdf } from './pdf-layout.js';
import { lineChart, table } from './pdf-table.js';
import { writeCampaignReportXlsx } from '../spreadsheets/write-campaign-report.js';

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const PHASES: Readonly<Record<string, string>> = { upcoming: '未开始', active: '进行中', ended: '已结束' };
const OUTCOMES: Readonly<Record<string, string>> = { shut_down: '关停取缔', compliant: '规范达标', upgraded: '更新改造', undecided: '未处置' };

function heading(doc: Pdf, text: string): void {
  doc.moveDown(0.4);
  doc.font('bold').fontSize(13).text(text);
  doc.moveDown(0.3);
}

/** 专项整治报告: headline figures, coverage by town, top failed items, 厂中厂 outcomes, progress chart. */
export async function renderCampaignReportPdf(report: CampaignReport, townNames: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const { campaign, coverage, hazards } = report;
  const doc = await newPdf(`专项整治报告 ${campaign.name}`, 'SafeGrid');
  return pdfBytes(doc, () => {
    doc.font('bold').fontSize(20).text(`${campaign.name}`, { align: 'center' });
    doc.font('regular').fontSize(13).text('专项整治工作报告', { align: 'center' });
    doc.moveDown(0.3);
    doc.fontSize(10).fillColor('#555555')
      .text(`整治期间：${chineseDate(campaign.startsOn)} 至 ${chineseDate(campaign.endsOn)}（${PHASES[report.phase] ?? report.phase}）\u3000生成时间：${chineseTime(report.generatedAt)}`, { align: 'center' })
      .fillColor('black');
    heading(doc, '一、总体情况');
    paragraph(doc, `范围内单位 ${coverage.inScope} 家，已检查 ${coverage.inspected} 家，覆盖率 ${percent(coverage.rate)}${coverage.targetMet ? '，已达到目标' : ''}；`
      + `监管检查 ${report.inspections.supervision} 次，企业自查 ${report.inspections.selfInspection} 次。`
      + `发现隐患 ${hazards.found} 项（其中重大隐患 ${hazards.major} 项），已整改 ${hazards.closed} 项，未整改 ${hazards.open} 项，整改率 ${percent(hazards.rectificationRate)}。`);
    heading(doc, '二、各镇（街道）检查覆盖');
    table(doc, ['镇（街道）', '范围内', '已检查', '未检查', '覆盖率'], coverage.byTown.map((town) => [
      townNames.get(town.townCode) ?? town.townCode, town.inScope, town.inspected, town.notInspected, percent(town.rate),
    ]), [3, 1.4, 1.4, 1.4, 1.4]);
    heading(doc, '三、主要问题（不合格检查项前十）');
    table(doc, ['检查项', '次数', '重大'], report.topFailedItems.map((item) => [`${item.itemId} ${item.text}`, item.count, item.major]), [6, 1, 1]);
    if (report.tenants.tenants > 0) {
      heading(doc, '四、厂中厂承租方');
      paragraph(doc, `涉及承租方 ${report.tenants.tenants} 家，经审核同意 ${report.tenants.approved} 家，需处置 ${report.tenants.flagged} 家：`
        + Object.entries(report.tenants.outcomes).map(([key, count]) => `${OUTCOMES[key] ?? key} ${count} 家`).join('，') + '。');
    }
    heading(doc, `${report.tenants.tenants > 0 ? '五' : '四'}、进度`);
    lineChart(doc, {
      labels: report.progress.map((day) => day.date.slice(5)),
      percent: true,
      series: [{ name: '累计覆盖率', values: report.progress.map((day) => day.coverageRate ?? 0), color: '#1677ff' }],
    });
    finishPages(doc, `${campaign.name} · 专项整治工作报告`);
  });
}

/** The campaign report files over pdfkit and exceljs. */
export const campaignReportFiles: CampaignReportFiles = {
  pdf: renderCampaignReportPdf,
  xlsx: writeCampaignReportXlsx,
};
