import type { ScopeFilter } from '../accounts/scope.js';
import type { ReportFormat, ReportStore, StoredReport } from '../reports/leadership-report.js';

export interface MemoryReportTables {
  reports: Map<string, { report: StoredReport; files: Readonly<Record<ReportFormat, Uint8Array>> }>;
}

export function createMemoryReportTables(): MemoryReportTables {
  return { reports: new Map() };
}

/** A report is seen by a scope whose region contains the report's region (the SQL store's rule). */
export function reportVisible(scope: ScopeFilter, report: Pick<StoredReport, 'districtCode' | 'regionCode'>): boolean {
  if (report.districtCode !== scope.districtCode) return false;
  if (scope.gridIds !== undefined || scope.sectors !== undefined || scope.unitId !== undefined) return false;
  return scope.regionCode === undefined || report.regionCode.startsWith(scope.regionCode);
}

/** Stored 通报 over a plain map, with the storage rules: insert only, one scheduled report per region, kind and period. */
export function createMemoryReportStore(tables: MemoryReportTables): ReportStore {
  const all = () => [...tables.reports.values()].map((row) => row.report);
  return {
    async insert(report, files) {
      const clash = all().some((other) => other.id === report.id || (report.trigger === 'schedule' && other.trigger === 'schedule'
        && other.districtCode === report.districtCode && other.regionCode === report.regionCode && other.kind === report.kind && other.periodKey === report.periodKey));
      if (clash) throw new Error('duplicate key: leadership_reports');
      tables.reports.set(report.id, { report, files: { pdf: new Uint8Array(files.pdf), xlsx: new Uint8Array(files.xlsx) } });
    },
    async findById(id, scope) {
      const row = tables.reports.get(id);
      return row && reportVisible(scope, row.report) ? row.report : undefined;
    },
    async findScheduled(districtCode, regionCode, kind, periodKey) {
      return all().find((report) => report.trigger === 'schedule' && report.districtCode === districtCode && report.regionCode === regionCode
        && report.kind === kind && report.periodKey === periodKey);
    },
    async list(scope, limit) {
      return all().filter((report) => reportVisible(scope, report)).sort((a, b) => (a.id < b.id ? 1 : -1)).slice(0, limit);
    },
    async readFile(report, format) {
      const row = tables.reports.get(report.id);
      return row && row.report.districtCode === report.districtCode ? new Uint8Array(row.files[format]) : undefined;
    },
  };
}
