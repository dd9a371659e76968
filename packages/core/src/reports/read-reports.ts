import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import type { ReportFormat, StoredReport } from './leadership-report.js';
import { reportNotFound, reportRefused } from './report-errors.js';
import { subjectOf } from './generate-report.js';

/** The most reports one list returns. */
export const REPORT_LIST_MAX = 100;

/** 通报 the actor sees (district: all of the district's; town: its own), newest first. */
export async function listReports(deps: Pick<CoreDeps, 'reports'>, actor: Actor): Promise<StoredReport[]> {
  subjectOf(actor);
  return deps.reports.list(scopeFilterOf(actor), REPORT_LIST_MAX);
}

/** One stored 通报 file, exactly as generated; another town's is not found. */
export async function readReportFile(deps: Pick<CoreDeps, 'reports'>, actor: Actor, reportId: string, format: ReportFormat): Promise<{ report: StoredReport; file: Uint8Array }> {
  if (actor.role !== 'district' && actor.role !== 'town') throw reportRefused();
  const report = await deps.reports.findById(reportId, scopeFilterOf(actor));
  const file = report && await deps.reports.readFile(report, format);
  if (!report || !file) throw reportNotFound(reportId);
  return { report, file };
}
