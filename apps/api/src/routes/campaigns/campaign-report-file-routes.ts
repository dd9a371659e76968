import { getCampaignReport } from '@safegrid/core';
import { IdParams, StringEnum } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

const FORMATS = ['pdf', 'xlsx'] as const;
const MEDIA_TYPES = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
const ReportFileQuery = Type.Object({ format: Type.Optional(StringEnum(FORMATS, { default: 'pdf' })) }, { additionalProperties: false });

/** The campaign report as a document: PDF for printing, xlsx for the figures (issue 13). */
export async function campaignReportFileRoutes(app: SafeGridApp): Promise<void> {
  const { deps, campaignReports } = app.services;
  app.get('/campaigns/:id/report/file', {
    config: { access: 'campaign.read' },
    schema: {
      tags: ['campaigns'], summary: 'The campaign report as PDF (default) or xlsx, within your scope',
      params: IdParams, querystring: ReportFileQuery, produces: Object.values(MEDIA_TYPES),
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const format = request.query.format ?? 'pdf';
    const report = await getCampaignReport(deps, actor, request.params.id);
    const towns = await deps.regions.regionNames(actor.districtCode);
    const bytes = format === 'pdf' ? await campaignReports.pdf(report, towns) : await campaignReports.xlsx(report, towns);
    const name = `${report.campaign.name}-专项整治报告.${format}`;
    return reply
      .header('content-type', MEDIA_TYPES[format])
      .header('content-disposition', `attachment; filename="campaign-report.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('cache-control', 'no-store')
      .send(Buffer.from(bytes));
  });
}
