import type { ApplyTenantReviewBody, TenantOutcomeBody, TenantReviewActionBody, TenantReviewCountQuery, TenantReviewListQuery } from '@safegrid/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { parksApi } from './parks-api';

export const parkKeys = {
  tenants: (parkId: string) => ['parks', 'tenants', parkId] as const,
  reviews: (query: TenantReviewListQuery) => ['parks', 'reviews', query] as const,
  reviewCount: (query: TenantReviewCountQuery) => ['parks', 'reviews', 'count', query] as const,
};

export function useParkTenants(parkId: string, enabled = true) {
  return useQuery({ queryKey: parkKeys.tenants(parkId), queryFn: ({ signal }) => parksApi.tenants(parkId, signal), enabled });
}

export function useTenantReviews(query: TenantReviewListQuery) {
  return useQuery({ queryKey: parkKeys.reviews(query), queryFn: ({ signal }) => parksApi.reviews(query, signal), placeholderData: keepPreviousData });
}

/** 共 N 条 of the review queue: the same filters without paging or order (ADR 0090). */
export function useTenantReviewCount(query: TenantReviewListQuery) {
  const { limit: _limit, cursor: _cursor, sort: _sort, ...filters } = query;
  return useQuery({ queryKey: parkKeys.reviewCount(filters), queryFn: ({ signal }) => parksApi.countReviews(filters, signal), placeholderData: keepPreviousData });
}

// A review or outcome changes the park's tenant list, the queue and (approving a newcomer) the registry.
function useParkMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['parks'] }), queryClient.invalidateQueries({ queryKey: ['units'] })]);
    },
  });
}

export function useApplyTenantReview(parkId: string) {
  return useParkMutation((body: ApplyTenantReviewBody) => parksApi.apply(parkId, body));
}

export function useActOnTenantReview() {
  return useParkMutation(({ reviewId, body }: { reviewId: string; body: TenantReviewActionBody }) => parksApi.act(reviewId, body));
}

export function useSetTenantOutcome() {
  return useParkMutation(({ unitId, body }: { unitId: string; body: TenantOutcomeBody }) => parksApi.setOutcome(unitId, body));
}
