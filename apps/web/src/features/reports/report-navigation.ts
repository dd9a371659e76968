import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The 通报 page's menu entry (district and town offices: app/navigation.ts). */
export const REPORT_NAVIGATION = { leadershipReports: { path: '/reports', label: 'nav.leadershipReports' as UiMessageKey } } as const;
export type ReportNavigationKey = keyof typeof REPORT_NAVIGATION;
