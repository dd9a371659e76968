import type { DocumentResponse, IssueDocumentBody, OfficerResponse } from '@safegrid/contracts';
import { apiRequest, apiUrl } from '../../shared/api-client';

export type DocumentLink = { readonly inspectionId: string } | { readonly hazardId: string };

export const documentsApi = {
  list: (link: DocumentLink, signal?: AbortSignal) => apiRequest<DocumentResponse[]>('/documents', { query: { ...link }, signal }),
  issue: (body: IssueDocumentBody) => apiRequest<DocumentResponse>('/documents', { method: 'POST', body }),
  officers: (signal?: AbortSignal) => apiRequest<OfficerResponse[]>('/documents/officers', { signal }),
  /** The PDF as issued; the session cookie opens it in a new tab. */
  fileUrl: (id: string) => apiUrl(`/documents/${id}/file`),
};
