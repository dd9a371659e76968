import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The 群众举报 queue: the hazard list filtered to public reports (app/navigation.ts shows it to supervisors). */
export const PUBLIC_REPORT_NAVIGATION = {
  publicReports: { path: '/hazards?source=public', label: 'nav.publicReports' as UiMessageKey },
  apiKeys: { path: '/api-keys', label: 'nav.apiKeys' as UiMessageKey },
} as const;
export type PublicReportNavigationKey = keyof typeof PUBLIC_REPORT_NAVIGATION;
