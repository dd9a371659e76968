import type { GenerateReportBody, ReportFormat, ReportResponse } from '@safegrid/contracts';
import { apiRequest, apiUrl } from '../../shared/api-client';

export const reportsApi = {
  list: (signal?: AbortSignal) => apiRequest<ReportResponse[]>('/reports', { signal }),
  generate: (body: GenerateReportBody) => apiRequest<ReportResponse>('/reports', { method: 'POST', body }),
  /** The file as generated; the session cookie opens it (PDF in a new tab, xlsx as a download). */
  fileUrl: (id: string, format: ReportFormat) => apiUrl(`/reports/${id}/file`, { format }),
};
