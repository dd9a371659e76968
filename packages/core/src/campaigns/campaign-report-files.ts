import type { CampaignReport } from './get-campaign-report.js';

/** The campaign report as documents (issue 13): PDF for printing, xlsx for the figures. */
export interface CampaignReportFiles {
  /** `townNames`: town code → name, for the coverage table. */
  pdf(report: CampaignReport, townNames: ReadonlyMap<string, string>): Promise<Uint8Array>;
  xlsx(report: CampaignReport, townNames: ReadonlyMap<string, string>): Promise<Uint8Array>;
}
