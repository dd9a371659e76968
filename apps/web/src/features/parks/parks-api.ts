import type {
  ApplyTenantReviewBody,
  ListCountResponse,
  ParkTenantsResponse,
  TenantOutcomeBody,
  TenantOutcomeResponse,
  TenantReviewActionBody,
  TenantReviewCountQuery,
  TenantReviewListQuery,
  TenantReviewPage,
  TenantReviewResponse,
} from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const parksApi = {
  tenants: (parkId: string, signal?: AbortSignal) => apiRequest<ParkTenantsResponse>(`/units/${parkId}/tenants`, { signal }),
  apply: (parkId: string, body: ApplyTenantReviewBody) => apiRequest<TenantReviewResponse>(`/units/${parkId}/tenant-reviews`, { method: 'POST', body }),
  reviews: (query: TenantReviewListQuery, signal?: AbortSignal) => apiRequest<TenantReviewPage>('/tenant-reviews', { query: { ...query }, signal }),
  /** 共 N 条 of the queue for its filters (ADR 0090). */
  countReviews: (query: TenantReviewCountQuery, signal?: AbortSignal) => apiRequest<ListCountResponse>('/tenant-reviews/count', { query: { ...query }, signal }),
  act: (reviewId: string, body: TenantReviewActionBody) => apiRequest<TenantReviewResponse>(`/tenant-reviews/${reviewId}/actions`, { method: 'POST', body }),
  setOutcome: (unitId: string, body: TenantOutcomeBody) => apiRequest<TenantOutcomeResponse>(`/units/${unitId}/tenant-outcome`, { method: 'PUT', body }),
};
