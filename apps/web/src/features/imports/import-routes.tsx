import type { RouteObject } from 'react-router';

/** The 台账导入 page (ADR 0067), its own chunk. */
export const IMPORT_ROUTES: RouteObject[] = [
  { path: 'units/import', lazy: async () => ({ Component: (await import('./unit-import-page')).UnitImportPage }) },
  { path: 'grids/import', lazy: async () => ({ Component: (await import('./grid-import-page')).GridImportPage }) },
  { path: 'users/import', lazy: async () => ({ Component: (await import('./user-import-page')).UserImportPage }) },
];
