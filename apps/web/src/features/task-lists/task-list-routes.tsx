import type { RouteObject } from 'react-router';

/** 清单管理 (ADR 0077), its own chunk. */
export const TASK_LIST_ROUTES: RouteObject[] = [
  { path: 'task-lists', lazy: async () => ({ Component: (await import('./task-list-page')).TaskListPage }) },
];
