import type { GridImportReportResponse, GridImportResultResponse, OnExisting, UnitImportReportResponse, UnitImportResultResponse, UnitImportTarget, UserImportReportResponse, UserImportResultResponse } from '@safegrid/contracts';
import { apiRequest, apiUrl, ApiError } from '../../shared/api-client';

export type ImportMapping = Readonly<Record<string, UnitImportTarget>>;

function uploadForm(file: File, mapping: ImportMapping): FormData {
  const form = new FormData();
  // The mapping goes first: the server reads fields in order and the file may be large.
  if (Object.keys(mapping).length > 0) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return form;
}

export const importsApi = {
  templateUrl: apiUrl('/imports/units/template'),
  dryRun: (file: File, mapping: ImportMapping) => apiRequest<UnitImportReportResponse>('/imports/units/dry-run', { method: 'POST', body: uploadForm(file, mapping) }),
  commit: (file: File, mapping: ImportMapping, onExisting: OnExisting) =>
    apiRequest<UnitImportResultResponse>('/imports/units', { method: 'POST', query: { onExisting }, body: uploadForm(file, mapping) }),
  /** The dry run as an xlsx with bad cells marked, saved through a temporary link. */
  async downloadReport(file: File, mapping: ImportMapping, language: string, fileName: string): Promise<void> {
    const response = await fetch(apiUrl('/imports/units/report'), { method: 'POST', body: uploadForm(file, mapping), credentials: 'same-origin', headers: { 'accept-language': language } });
    if (!response.ok) throw new ApiError(response.status, 'request.invalid', null);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  },
};

/** 账号导入 (ADR 0084): the file only, no mapping (the headings are fixed). */
export const userImportsApi = {
  templateUrl: apiUrl('/imports/users/template'),
  dryRun: (file: File) => apiRequest<UserImportReportResponse>('/imports/users/dry-run', { method: 'POST', body: uploadForm(file, {}) }),
  commit: (file: File) => apiRequest<UserImportResultResponse>('/imports/users', { method: 'POST', body: uploadForm(file, {}) }),
};

/** 网格边界导入 (ADR 0084): a GeoJSON FeatureCollection. */
export const gridImportsApi = {
  dryRun: (file: File) => apiRequest<GridImportReportResponse>('/imports/grids/dry-run', { method: 'POST', body: uploadForm(file, {}) }),
  commit: (file: File) => apiRequest<GridImportResultResponse>('/imports/grids', { method: 'POST', body: uploadForm(file, {}) }),
};
