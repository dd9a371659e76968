import type { HazardMerge, PublicReport, PublicReportStore } from '../public-reports/public-report.js';
import { DomainError } from '../shared/domain-error.js';

export interface MemoryPublicReportTables {
  publicReports: Map<string, PublicReport>;
  hazardMerges: HazardMerge[];
  publicReportAttempts: Map<string, number>;
}

const byCreated = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Public reports over plain maps, with the storage rules: unique ids and code hashes, one merge per duplicate. */
export function createMemoryPublicReportStore(tables: MemoryPublicReportTables): PublicReportStore {
  const inDistrict = (districtCode: string) => [...tables.publicReports.values()].filter((report) => report.districtCode === districtCode);
  return {
    async insert(report) {
      const clash = tables.publicReports.has(report.id) || [...tables.publicReports.values()].some((row) => row.codeHash === report.codeHash);
      if (clash) throw new DomainError('conflict', 'storage.duplicate', 'A record with the same key already exists.');
      tables.publicReports.set(report.id, report);
    },
    findByCodeHash: async (codeHash) => [...tables.publicReports.values()].find((report) => report.codeHash === codeHash),
    async findById(id, districtCode) {
      const report = tables.publicReports.get(id);
      return report?.districtCode === districtCode ? report : undefined;
    },
    async replaceCode(id, districtCode, codeHash) {
      const report = tables.publicReports.get(id);
      if (report?.districtCode === districtCode) tables.publicReports.set(id, { ...report, codeHash });
    },
    listForHazards: async (districtCode, hazardIds) => inDistrict(districtCode).filter((report) => hazardIds.includes(report.hazardId)).sort(byCreated),
    async listReported(districtCode, query, limit) {
      return inDistrict(districtCode)
        .filter((report) => report.reportedHazardId !== null)
        .filter((report) => query.hazardIds
          ? query.hazardIds.includes(report.reportedHazardId ?? '')
          : (!query.categories || query.categories.includes(report.category)) && (!query.from || report.createdAt >= query.from) && (!query.to || report.createdAt < query.to))
        .sort((a, b) => byCreated(b, a))
        .slice(0, limit);
    },
    async repoint(districtCode, fromHazardId, toHazardId) {
      for (const report of inDistrict(districtCode)) if (report.hazardId === fromHazardId) tables.publicReports.set(report.id, { ...report, hazardId: toHazardId });
    },
    async recordMerge(merge) {
      if (tables.hazardMerges.some((row) => row.districtCode === merge.districtCode && row.duplicateId === merge.duplicateId)) {
        throw new DomainError('conflict', 'storage.duplicate', 'A record with the same key already exists.');
      }
      tables.hazardMerges.push(merge);
    },
    listMergedInto: async (districtCode, originalId) =>
      tables.hazardMerges
        .filter((merge) => merge.districtCode === districtCode && merge.originalId === originalId)
        .sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.duplicateId.localeCompare(b.duplicateId)),
    async countAttempt(key, windowStart, forgetBefore) {
      const id = `${windowStart}|${key}`;
      const count = (tables.publicReportAttempts.get(id) ?? 0) + 1;
      tables.publicReportAttempts.set(id, count);
      if (count === 1) for (const old of tables.publicReportAttempts.keys()) if (old.slice(0, old.indexOf('|')) < forgetBefore) tables.publicReportAttempts.delete(old);
      return count;
    },
  };
}
