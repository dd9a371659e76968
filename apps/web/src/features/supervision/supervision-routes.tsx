import type { RouteObject } from 'react-router';

/** The working calendar and the 督办 list (ADR 0063), each its own chunk. */
export const SUPERVISION_ROUTES: RouteObject[] = [
  { path: 'calendar', lazy: async () => ({ Component: (await import('./calendar-page')).CalendarPage }) },
  { path: 'supervisions', lazy: async () => ({ Component: (await import('./supervision-list-page')).SupervisionListPage }) },
];
