import type { GenerateReportBody } from '@safegrid/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { reportsApi } from './reports-api';

export const reportKeys = { all: ['reports'] as const };

export function useReports() {
  return useQuery({ queryKey: reportKeys.all, queryFn: ({ signal }) => reportsApi.list(signal) });
}

export function useGenerateReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: GenerateReportBody) => reportsApi.generate(body),
    onSuccess: () => client.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
