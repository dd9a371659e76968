import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** Menu entry of the 三管三必须 table (district office): app/navigation.ts. */
export const SECTOR_DUTY_NAVIGATION = {
  sectorDuties: { path: '/sector-duties', label: 'nav.sectorDuties' as UiMessageKey },
} as const;
export type SectorDutyNavigationKey = keyof typeof SECTOR_DUTY_NAVIGATION;
