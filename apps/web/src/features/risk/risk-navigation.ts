import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

export type RiskNavigationKey = 'campaigns' | 'patrols' | 'tenantReviews' | 'riskPolicy';

/** Menu entries of campaigns, patrols, 厂中厂 reviews and the grading settings (which roles see them: app/navigation.ts). */
export const RISK_NAVIGATION: Readonly<Record<RiskNavigationKey, { readonly path: string; readonly label: UiMessageKey }>> = {
  campaigns: { path: '/campaigns', label: 'nav.campaigns' },
  patrols: { path: '/patrols', label: 'nav.patrols' },
  tenantReviews: { path: '/tenant-reviews', label: 'nav.tenantReviews' },
  riskPolicy: { path: '/risk/policy', label: 'nav.riskPolicy' },
};
