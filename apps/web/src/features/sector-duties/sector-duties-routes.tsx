import type { RouteObject } from 'react-router';

/** The 三管三必须 table (ADR 0085), its own chunk. */
export const SECTOR_DUTY_ROUTES: RouteObject[] = [
  { path: 'sector-duties', lazy: async () => ({ Component: (await import('./sector-duties-page')).SectorDutiesPage }) },
];
