import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** Menu entries of the working calendar (district office) and the 督办 list (district, towns, departments): app/navigation.ts. */
export const SUPERVISION_NAVIGATION = {
  calendar: { path: '/calendar', label: 'nav.calendar' as UiMessageKey },
  supervisions: { path: '/supervisions', label: 'nav.supervisions' as UiMessageKey },
} as const;
export type SupervisionNavigationKey = keyof typeof SUPERVISION_NAVIGATION;
