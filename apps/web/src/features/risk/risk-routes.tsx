import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

const page = (load: () => Promise<Record<string, ComponentType>>, name: string): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load())[name] }),
});

/** Pages of campaigns, risk grading, patrols and 厂中厂 (issue 5, part B), each its own chunk. */
export const RISK_ROUTES: RouteObject[] = [
  { path: 'campaigns', ...page(() => import('../campaigns/campaign-list-page'), 'CampaignListPage') },
  { path: 'campaigns/new', ...page(() => import('../campaigns/campaign-create-page'), 'CampaignCreatePage') },
  { path: 'campaigns/:id', ...page(() => import('../campaigns/campaign-detail-page'), 'CampaignDetailPage') },
  { path: 'patrols', ...page(() => import('../patrols/patrol-list-page'), 'PatrolListPage') },
  { path: 'tenant-reviews', ...page(() => import('../parks/tenant-review-list-page'), 'TenantReviewListPage') },
  { path: 'risk/policy', ...page(() => import('./risk-policy-page'), 'RiskPolicyPage') },
];
