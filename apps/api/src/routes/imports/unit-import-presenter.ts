import type { ImportReportLabels, ReportedProblem, UnitImportReport } from '@safegrid/core';
import { describeRowProblem, MAX_REPORTED_PROBLEMS, presentRowProblem, type Language, type UnitImportReportResponse } from '@safegrid/contracts';

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
