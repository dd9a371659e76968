import type { RouteObject } from 'react-router';

/** The district-wide equipment list (ADR 0086), its own chunk. */
export const EQUIPMENT_ROUTES: RouteObject[] = [
  { path: 'equipment', lazy: async () => ({ Component: (await import('./equipment-list-page')).EquipmentListPage }) },
];
