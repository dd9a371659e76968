import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The roster page's menu entry (district, town offices and departments: app/navigation.ts). */
export const DUTY_NAVIGATION = { duty: { path: '/duty', label: 'nav.duty' as UiMessageKey } } as const;
export type DutyNavigationKey = keyof typeof DUTY_NAVIGATION;
