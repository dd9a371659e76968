import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

const page = (load: () => Promise<Record<string, ComponentType>>, name: string): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load())[name] }),
});

const start = page(() => import('./inspection-start-page'), 'InspectionStartPage');
const conduct = page(() => import('./inspection-conduct-page'), 'InspectionConductPage');

/**
 * Inspections, each page its own chunk. The phone view (/m/inspect…) and the desktop frame use the
 * same start and conduct pages; the layout adapts to the screen.
 */
export const inspectionRoutes: RouteObject[] = [
  { path: 'inspections', ...page(() => import('./inspection-list-page'), 'InspectionListPage') },
  { path: 'inspections/new', ...start },
  { path: 'inspections/:id', ...page(() => import('./inspection-detail-page'), 'InspectionDetailPage') },
  { path: 'inspections/:id/conduct', ...conduct },
  { path: 'm/inspect', ...start },
  { path: 'm/inspect/:id', ...conduct },
  { path: 'm/inspect/offline/:id', ...page(() => import('./offline/offline-inspection-page'), 'OfflineInspectionPage') },
];
