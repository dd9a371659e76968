import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The 销号证据规则 page's menu entry (editable by the district office, read-only for towns: app/navigation.ts). */
export const EVIDENCE_NAVIGATION = { evidencePolicy: { path: '/settings/evidence-policy', label: 'nav.evidencePolicy' as UiMessageKey } } as const;
export type EvidenceNavigationKey = keyof typeof EVIDENCE_NAVIGATION;
