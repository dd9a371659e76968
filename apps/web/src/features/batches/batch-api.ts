import type { BatchAssignHazardsBody, BatchAssignHazardsResponse, BatchDecideTenantReviewsBody, BatchDecideTenantReviewsResponse } from '@safegrid/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api-client';

/** The batch actions (ADR 0092); the key makes a retried request (a lost answer) do nothing twice. */
export const batchApi = {
  assignHazards: (body: BatchAssignHazardsBody, idempotencyKey: string) =>
    apiRequest<BatchAssignHazardsResponse>('/hazards/batch-assign', { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey } }),
  decideTenantReviews: (body: BatchDecideTenantReviewsBody, idempotencyKey: string) =>
    apiRequest<BatchDecideTenantReviewsResponse>('/tenant-reviews/batch-decide', { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey } }),
};

/** 批量交办; the hazards, their lists, timelines and dashboard numbers are refreshed after. */
export function useBatchAssignHazards() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: BatchAssignHazardsBody; idempotencyKey: string }) => batchApi.assignHazards(body, idempotencyKey),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['hazards'] }), queryClient.invalidateQueries({ queryKey: ['stats'] })]);
    },
  });
}

/** 批量审核; the review queue, parks' tenant lists and (approved newcomers) the registry are refreshed after. */
export function useBatchDecideTenantReviews() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: BatchDecideTenantReviewsBody; idempotencyKey: string }) => batchApi.decideTenantReviews(body, idempotencyKey),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['parks'] }), queryClient.invalidateQueries({ queryKey: ['units'] })]);
    },
  });
}
