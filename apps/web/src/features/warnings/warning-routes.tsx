import type { RouteObject } from 'react-router';

/** 预警 (ADR 0077), its own chunk. */
export const WARNING_ROUTES: RouteObject[] = [
  { path: 'warnings', lazy: async () => ({ Component: (await import('./warning-page')).WarningPage }) },
];
