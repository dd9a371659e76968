import type { RouteObject } from 'react-router';

/** The background jobs page (ADR 0058), its own chunk. */
export const JOB_ROUTES: RouteObject[] = [
  { path: 'jobs', lazy: async () => ({ Component: (await import('./job-list-page')).JobListPage }) },
];
