import type { CampaignReport } from '@safegrid/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.js';
import { renderCampaignReportPdf } from './render-campaign-report.js';
import { loadPdfKit, loadExcelJs } from '../lazy-modules.js';

// The library loads with its first use (ADR 0080): load it before the timed tests, on a busy machine too.
beforeAll(() => Promise.all([loadPdfKit(), loadExcelJs()]), 120_000);

const report = {
  campaign: { name: '2026年粉尘涉爆企业专项整治', startsOn: '2026-02-20', endsOn: '2026-04-30' },
  phase: 'active', generatedAt: '2026-03-02T02:00:00.000Z',
  coverage: { inScope: 120, inspected: 45, notInspected: 75, rate: 0.375, targetMet: false, selfInspections: 3, byTown: [
    { townCode: '320412100', inScope: 70, inspected: 30, notInspected: 40, rate: 30 / 70 },
    { townCode: '320412103', inScope: 50, inspected: 15, notInspected: 35, rate: 0.3 },
  ] },
  hazards: { found: 38, closed: 20, open: 18, major: 4, majorClosed: 1, rectificationRate: 20 / 38 },
  inspections: { supervision: 45, selfInspection: 3 },
  topFailedItems: [{ itemId: 'DUST-E2', text: '除尘系统未设置泄爆装置', count: 9, major: 4 }],
  tenants: { tenants: 0, approved: 0, flagged: 0, outcomes: { shut_down: 0, compliant: 0, upgraded: 0, undecided: 0 } },
  progress: Array.from({ length: 11 }, (_, index) => ({
    date: `2026-02-${String(20 + index).padStart(2, '0')}`.replace('2026-02-29', '2026-03-01').replace('2026-02-30', '2026-03-02'),
    inspected: 4, cumulativeInspected: 4 * (index + 1), coverageRate: (4 * (index + 1)) / 120, hazardsFound: 3, hazardsClosed: 2, cumulativeFound: 3 * (index + 1), cumulativeClosed: 2 * (index + 1),
  })),
} as unknown as CampaignReport;

describe('renderCampaignReportPdf', () => {
  it('prints the headline figures, the towns with their names, the top failed items and a progress chart', async () => {
    const bytes = await renderCampaignReportPdf(report, new Map([['320412100', '湖塘镇'], ['320412103', '洛阳镇']]));
    const text = (await pdfText(bytes)).join('');
    expect(text).toContain('2026年粉尘涉爆企业专项整治');
    expect(text).toContain('范围内单位120家，已检查45家，覆盖率37.5%');
    expect(text).toContain('发现隐患38项（其中重大隐患4项），已整改20项，未整改18项，整改率52.6%');
    expect(text).toContain('湖塘镇70304042.9%');
    expect(text).toContain('DUST-E2除尘系统未设置泄爆装置94');
    expect(text).toContain('累计覆盖率');
  });
});
