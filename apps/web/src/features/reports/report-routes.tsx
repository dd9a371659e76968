import type { RouteObject } from 'react-router';

/** 通报 (ADR 0083), its own chunk. */
export const REPORT_ROUTES: RouteObject[] = [
  { path: 'reports', lazy: async () => ({ Component: (await import('./reports-page')).ReportsPage }) },
];
