import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import { fanOutReportRecord } from '../notifications/fan-out-notifications.js';
import { buildLeadershipReport, type ReportSubject } from './build-report.js';
import type { LeadershipReport, StoredReport } from './leadership-report.js';
import { reportFilesUnavailable, reportRefused } from './report-errors.js';
import { hasBegun, previousPeriod, reportPeriod, type ReportKind, type ReportPeriod } from './report-period.js';

const KIND_NAMES: Readonly<Record<ReportKind, string>> = { weekly: '周报', monthly: '月报' };

/** The title a 通报 is known by: 武进区安全生产隐患排查治理周报（2026-11-30 至 2026-12-06）. */
export function reportTitle(report: Pick<LeadershipReport, 'regionName' | 'period'>): string {
  const { kind, firstDay, lastDay } = report.period;
  return `${report.regionName}安全生产隐患排查治理${KIND_NAMES[kind]}（${firstDay} 至 ${lastDay}）`;
}

/** Whose 通报 an actor generates: the district office its district's, a town office its town's. */
export function subjectOf(actor: Actor): ReportSubject {
  if (actor.role === 'district') return { districtCode: actor.districtCode, regionCode: actor.districtCode };
  if (actor.role === 'town' && actor.scope.regionCode !== actor.districtCode) return { districtCode: actor.districtCode, regionCode: actor.scope.regionCode };
  throw reportRefused();
}

interface Generated {
  readonly report: LeadershipReport;
  readonly stored: StoredReport;
  readonly files: { readonly pdf: Uint8Array; readonly xlsx: Uint8Array };
}

/** Reads the figures and renders both files; nothing is written yet. */
async function render(deps: CoreDeps, subject: ReportSubject, period: ReportPeriod, by: { id: string | null; name: string; trigger: StoredReport['trigger'] }): Promise<Generated> {
  const renderer = deps.reportFiles;
  if (!renderer) throw reportFilesUnavailable();
  const report = await buildLeadershipReport(deps, subject, period);
  const pdf = await renderer.pdf(report);
  const xlsx = await renderer.xlsx(report);
  const stored: StoredReport = {
    id: deps.ids.newId(), districtCode: subject.districtCode, regionCode: subject.regionCode, regionName: report.regionName,
    kind: period.kind, periodKey: period.key, firstDay: period.firstDay, lastDay: period.lastDay, trigger: by.trigger,
    pdfSize: pdf.byteLength, pdfSha256: deps.hasher.sha256(pdf), xlsxSize: xlsx.byteLength, xlsxSha256: deps.hasher.sha256(xlsx),
    generatedBy: by.id, generatedByName: by.name, generatedAt: report.generatedAt,
  };
  return { report, stored, files: { pdf, xlsx } };
}

/**
 * A 通报 on demand: the actor's district or town, for the period named (default: the last whole
 * one). Stored like a document so the same bytes can be downloaded again; every request is a new
 * row, since the stock figures (open, overdue) are those of the moment it was made.
 */
export async function generateReport(deps: CoreDeps, actor: Actor, input: { readonly kind: ReportKind; readonly period?: string | undefined }): Promise<StoredReport> {
  const subject = subjectOf(actor);
  const now = deps.clock.now();
  const period = input.period ? reportPeriod(input.kind, input.period) : previousPeriod(input.kind, now);
  if (!hasBegun(period, now)) throw invalidInput([{ path: '/period', code: 'not_begun' }]);
  const generated = await render(deps, subject, period, { id: actor.userId, name: actor.displayName, trigger: 'demand' });
  await deps.inTransaction((stores) => stores.reports.insert(generated.stored, generated.files));
  return generated.stored;
}

/** Name a scheduled report carries as its author. */
export const SCHEDULE_AUTHOR = '系统定时生成';

/**
 * The scheduled 通报 of one district for the last whole week or month: the district's and each
 * town's, each stored and told to its office (inbox and channels) in one transaction with its row.
 * A region whose report of the period exists already is skipped, so a repeated run adds nothing.
 */
export async function publishScheduledReports(deps: CoreDeps, districtCode: string, kind: ReportKind): Promise<StoredReport[]> {
  const period = previousPeriod(kind, deps.clock.now());
  const towns = (await deps.regions.listRegions(districtCode)).filter((region) => region.level === 'town').map((region) => region.code);
  const published: StoredReport[] = [];
  for (const regionCode of [districtCode, ...towns]) {
    if (await deps.reports.findScheduled(districtCode, regionCode, kind, period.key)) continue;
    const generated = await render(deps, { districtCode, regionCode }, period, { id: null, name: SCHEDULE_AUTHOR, trigger: 'schedule' });
    await deps.inTransaction(async (stores) => {
      await stores.reports.insert(generated.stored, generated.files);
      await fanOutReportRecord(stores, deps, generated.stored, reportTitle(generated.report));
    });
    published.push(generated.stored);
  }
  return published;
}
