import { generateReport, listReports, readReportFile, type StoredReport } from '@safegrid/core';
import { GenerateReportBody, IdParams, Problem, ReportFileQuery, ReportResponse } from '@safegrid/contracts';
import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';

const errors = { 400: Problem, 403: Problem, 404: Problem, 422: Problem };
const CONTENT_TYPES = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export function presentReport(report: StoredReport): ReportResponse {
  return {
    id: report.id, regionCode: report.regionCode, regionName: report.regionName, kind: report.kind, periodKey: report.periodKey,
    firstDay: report.firstDay, lastDay: report.lastDay, trigger: report.trigger, pdfSize: report.pdfSize, pdfSha256: report.pdfSha256,
    xlsxSize: report.xlsxSize, xlsxSha256: report.xlsxSha256, generatedByName: report.generatedByName, generatedAt: report.generatedAt,
  };
}

/** 通报 (ADR 0083): generate one for your district or town, list them, download either file exactly as generated. */
export async function reportRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.post('/reports', {
    config: { access: 'stats.read' },
    schema: {
      tags: ['reports'],
      summary: 'Generate a weekly or monthly 通报 of your district (district office) or town (town office) as PDF and xlsx',
      body: GenerateReportBody,
      response: { 201: ReportResponse, ...errors },
    },
  }, async (request, reply) => {
    const report = await generateReport(deps, requireActor(request), request.body);
    return reply.status(201).send(presentReport(report));
  });

  app.get('/reports', {
    config: { access: 'stats.read' },
    schema: { tags: ['reports'], summary: '通报 you can read, newest first (scheduled and on demand)', response: { 200: Type.Array(ReportResponse), 403: Problem } },
  }, async (request) => (await listReports(deps, requireActor(request))).map(presentReport));

  app.get('/reports/:id/file', {
    config: { access: 'stats.read' },
    schema: { tags: ['reports'], summary: 'A 通报 file exactly as generated', params: IdParams, querystring: ReportFileQuery, produces: [CONTENT_TYPES.pdf, CONTENT_TYPES.xlsx] },
  }, async (request, reply) => {
    const { format } = request.query;
    const { report, file } = await readReportFile(deps, requireActor(request), request.params.id, format);
    const name = `${report.regionName}${report.kind === 'weekly' ? '周报' : '月报'}-${report.periodKey}.${format}`;
    return reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', `${format === 'pdf' ? 'inline' : 'attachment'}; filename="report-${report.periodKey}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('etag', `"${format === 'pdf' ? report.pdfSha256 : report.xlsxSha256}"`)
      .header('cache-control', 'private, max-age=86400, immutable')
      .send(Buffer.from(file));
  });
}
