import type { ImportReportLabels, ReportedProblem, UnitImportReport, UnitImportStatus } from '@safegrid/core';
import { describeImportRefusal, describeRowProblem, MAX_REPORTED_PROBLEMS, presentRowProblem, type Language, type UnitImportReportResponse, type UnitImportRunResponse, type UnitImportState } from '@safegrid/contracts';

export function presentUnitImportReport(report: UnitImportReport, language: Language): UnitImportReportResponse {
  return {
    totalRows: report.totalRows,
    validRows: report.validRows,
    newRows: report.newRows,
    existingRows: report.existingRows,
    columns: report.columns.map((column) => ({ heading: column.heading, field: column.field })),
    unknownHeadings: [...report.unknownHeadings],
    problemCount: report.problems.length,
    problems: report.problems.slice(0, MAX_REPORTED_PROBLEMS).map((problem) => presentRowProblem(language, problem)),
  };
}

export function reportProblems(report: UnitImportReport, language: Language): ReportedProblem[] {
  return report.problems.map((problem) => ({ row: problem.row, column: problem.column, value: problem.value, message: describeRowProblem(language, problem) }));
}

export function reportLabels(language: Language): ImportReportLabels {
  return language === 'zh-CN'
    ? { sheet: '监管对象台账', listSheet: '问题清单', listHeadings: ['行号', '列', '内容', '问题'] }
    : { sheet: 'Units', listSheet: 'Problems', listHeadings: ['Row', 'Column', 'Value', 'Problem'] };
}

/** A unit import run with its job: one state the page can show (ADR 0098). */
export function presentUnitImportRun(status: UnitImportStatus, language: Language): UnitImportRunResponse {
  const { run, job } = status;
  const outcome = run.outcome;
  const progress = job?.progress ?? null;
  let state: UnitImportState;
  if (outcome?.outcome === 'imported') state = 'imported';
  else if (outcome?.outcome === 'refused') state = 'refused';
  else if (!job || job.state === 'dead' || job.state === 'succeeded') state = 'failed';
  else if (job.state === 'retrying') state = 'retrying';
  else if (job.state === 'queued') state = 'queued';
  else state = progress !== null && progress.total > 0 && progress.done >= progress.total ? 'writing' : 'checking';
  let refusal: UnitImportRunResponse['refusal'] = null;
  if (outcome?.outcome === 'refused') refusal = { code: outcome.code, message: describeImportRefusal(language, outcome) };
  else if (state === 'failed' || state === 'retrying') refusal = { code: 'import.run_failed', message: describeImportRefusal(language, { code: 'import.run_failed', params: { error: job?.lastError ?? '' } }) };
  return {
    id: run.id,
    jobId: run.jobId,
    fileName: run.fileName,
    onExisting: run.onExisting,
    totalRows: run.totalRows,
    state,
    progress: progress && { done: progress.done, total: progress.total },
    result: outcome?.outcome === 'imported' ? { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, skipped: outcome.skipped } : null,
    refusal,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
  };
}
