import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** Menu entry of the district-wide equipment list (ADR 0086): app/navigation.ts. */
export const EQUIPMENT_NAVIGATION = {
  equipment: { path: '/equipment', label: 'nav.equipment' as UiMessageKey },
} as const;
export type EquipmentNavigationKey = keyof typeof EQUIPMENT_NAVIGATION;
