import type { RouteObject } from 'react-router';

/** 值班表 (ADR 0077), its own chunk. */
export const DUTY_ROUTES: RouteObject[] = [
  { path: 'duty', lazy: async () => ({ Component: (await import('./roster-page')).RosterPage }) },
];
