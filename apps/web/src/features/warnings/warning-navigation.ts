import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The warnings page's menu entry (the district office and departments: app/navigation.ts). */
export const WARNING_NAVIGATION = { warnings: { path: '/warnings', label: 'nav.warnings' as UiMessageKey } } as const;
export type WarningNavigationKey = keyof typeof WARNING_NAVIGATION;
