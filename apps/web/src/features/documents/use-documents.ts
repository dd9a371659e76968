import type { IssueDocumentBody } from '@safegrid/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { documentsApi, type DocumentLink } from './documents-api';

export const documentKeys = {
  all: ['documents'] as const,
  list: (link: DocumentLink) => ['documents', 'list', link] as const,
  officers: ['documents', 'officers'] as const,
};

export function useDocuments(link: DocumentLink) {
  return useQuery({ queryKey: documentKeys.list(link), queryFn: ({ signal }) => documentsApi.list(link, signal) });
}

export function useOfficers(enabled: boolean) {
  return useQuery({ queryKey: documentKeys.officers, queryFn: ({ signal }) => documentsApi.officers(signal), enabled, staleTime: 5 * 60_000 });
}

export function useIssueDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueDocumentBody) => documentsApi.issue(body),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
