import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The 台账导入 page's menu entry (district office and towns: app/navigation.ts). */
export const IMPORT_NAVIGATION = { unitImport: { path: '/units/import', label: 'nav.unitImport' as UiMessageKey } } as const;
export type ImportNavigationKey = keyof typeof IMPORT_NAVIGATION;
