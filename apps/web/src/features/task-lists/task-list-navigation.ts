import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The 清单管理 page's menu entry (the district office and the responsible town offices and departments: app/navigation.ts). */
export const TASK_LIST_NAVIGATION = { taskLists: { path: '/task-lists', label: 'nav.taskLists' as UiMessageKey } } as const;
export type TaskListNavigationKey = keyof typeof TASK_LIST_NAVIGATION;
