import { REPORT_FORMATS, REPORT_KINDS } from '@safegrid/core';
import { Type, type Static } from 'typebox';
import { StringEnum } from './shared.js';

export { REPORT_FORMATS, REPORT_KINDS } from '@safegrid/core';
export type { ReportFormat, ReportKind } from '@safegrid/core';

const closed = { additionalProperties: false } as const;

export const GenerateReportBody = Type.Object(
  {
    kind: StringEnum(REPORT_KINDS, { description: 'weekly 周报 (Monday to Sunday), monthly 月报' }),
    period: Type.Optional(Type.String({
      maxLength: 10,
      description: 'weekly: any day of the week, YYYY-MM-DD; monthly: YYYY-MM. Default: the last whole week or month (Asia/Shanghai).',
    })),
  },
  closed,
);
export type GenerateReportBody = Static<typeof GenerateReportBody>;

export const ReportResponse = Type.Object({
  id: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  kind: StringEnum(REPORT_KINDS),
  periodKey: Type.String(),
  firstDay: Type.String(),
  lastDay: Type.String(),
  trigger: StringEnum(['schedule', 'demand'] as const, { description: 'schedule: Monday / 1st-of-month run; demand: someone asked' }),
  pdfSize: Type.Integer(),
  pdfSha256: Type.String(),
  xlsxSize: Type.Integer(),
  xlsxSha256: Type.String(),
  generatedByName: Type.String(),
  generatedAt: Type.String(),
});
export type ReportResponse = Static<typeof ReportResponse>;

export const ReportFileQuery = Type.Object({ format: StringEnum(REPORT_FORMATS, { description: 'pdf for printing, xlsx for the figures' }) }, closed);
export type ReportFileQuery = Static<typeof ReportFileQuery>;
