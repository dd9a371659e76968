import type { RouteObject } from 'react-router';
import { RouteError } from '../../app/route-error';

/** The public pages (no account): /report and /track/{code}, each its own chunk, outside the session guard. */
export const PUBLIC_REPORT_ROUTES: RouteObject[] = [
  { path: '/report', errorElement: <RouteError />, lazy: async () => ({ Component: (await import('./public-report-page')).PublicReportPage }) },
  { path: '/track/:code?', errorElement: <RouteError />, lazy: async () => ({ Component: (await import('./track-page')).TrackPage }) },
];

/** The district office's Open311 key page, inside the app layout (listed with the other routes in app/router.tsx). */
export const API_KEY_ROUTES: RouteObject[] = [
  { path: 'api-keys', lazy: async () => ({ Component: (await import('./api-keys-page')).ApiKeysPage }) },
];
