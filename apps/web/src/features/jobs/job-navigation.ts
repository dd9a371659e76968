import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The background jobs page's menu entry (the district office sees it: app/navigation.ts). */
export const JOB_NAVIGATION = { jobs: { path: '/jobs', label: 'nav.jobs' as UiMessageKey } } as const;
export type JobNavigationKey = keyof typeof JOB_NAVIGATION;
