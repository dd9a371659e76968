import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The incident reports' menu entry (district, town offices and departments: app/navigation.ts). */
export const INCIDENT_NAVIGATION = { incidents: { path: '/incidents', label: 'nav.incidents' as UiMessageKey } } as const;
export type IncidentNavigationKey = keyof typeof INCIDENT_NAVIGATION;
