import type { GridImportReportResponse, GridImportResultResponse, OnExisting, UnitImportReportResponse, UnitImportResultResponse, UnitImportRunResponse, UnitImportTarget, UserImportReportResponse, UserImportResultResponse } from '@safegrid/contracts';
import { apiRequest, apiUrl, ApiError } from '../../shared/api-client';

export type ImportMapping = Readonly<Record<string, UnitImportTarget>>;

function uploadForm(file: File, mapping: ImportMapping): FormData {
  const form = new FormData();
  // The mapping goes first: the server reads fields in order and the file may be large.
  if (Object.keys(mapping).length > 0) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return form;
}

/** Posts an upload and saves the workbook the server answers (a dry run's report) through a temporary link. */
async function downloadReport(path: string, form: FormData, language: string, fileName: string): Promise<void> {
  const response = await fetch(apiUrl(path), { method: 'POST', body: form, credentials: 'same-origin', headers: { 'accept-language': language } });
  if (!response.ok) throw new ApiError(response.status, 'request.invalid', null);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export const importsApi = {
  templateUrl: apiUrl('/imports/units/template'),
  dryRun: (file: File, mapping: ImportMapping) => apiRequest<UnitImportReportResponse>('/imports/units/dry-run', { method: 'POST', body: uploadForm(file, mapping) }),
  commit: (file: File, mapping: ImportMapping, onExisting: OnExisting) =>
    apiRequest<UnitImportResultResponse>('/imports/units', { method: 'POST', query: { onExisting }, body: uploadForm(file, mapping) }),
  /** The commit as a job (ADR 0098); `retryKey` makes a repeated click or a lost answer start nothing twice. */
  startRun: (file: File, mapping: ImportMapping, onExisting: OnExisting, retryKey: string) =>
    apiRequest<UnitImportRunResponse>('/imports/units/runs', { method: 'POST', query: { onExisting }, body: uploadForm(file, mapping), headers: { 'idempotency-key': retryKey } }),
  run: (id: string) => apiRequest<UnitImportRunResponse>(`/imports/units/runs/${encodeURIComponent(id)}`),
  /** The dry run as an xlsx with bad cells marked, saved through a temporary link. */
  downloadReport: (file: File, mapping: ImportMapping, language: string, fileName: string) => downloadReport('/imports/units/report', uploadForm(file, mapping), language, fileName),
};

/** 账号导入 (ADR 0084): the file only, no mapping (the headings are fixed). */
export const userImportsApi = {
  templateUrl: apiUrl('/imports/users/template'),
  dryRun: (file: File) => apiRequest<UserImportReportResponse>('/imports/users/dry-run', { method: 'POST', body: uploadForm(file, {}) }),
  commit: (file: File) => apiRequest<UserImportResultResponse>('/imports/users', { method: 'POST', body: uploadForm(file, {}) }),
  /** The dry run as an xlsx with bad cells marked and passwords masked. */
  downloadReport: (file: File, language: string, fileName: string) => downloadReport('/imports/users/report', uploadForm(file, {}), language, fileName),
};

/** 网格边界导入 (ADR 0084): a GeoJSON FeatureCollection. */
export const gridImportsApi = {
  dryRun: (file: File) => apiRequest<GridImportReportResponse>('/imports/grids/dry-run', { method: 'POST', body: uploadForm(file, {}) }),
  commit: (file: File) => apiRequest<GridImportResultResponse>('/imports/grids', { method: 'POST', body: uploadForm(file, {}) }),
};
