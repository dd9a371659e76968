import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

const page = (load: () => Promise<Record<string, ComponentType>>, name: string): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load())[name] }),
});

/** The checklist library, each page its own chunk. */
export const checklistRoutes: RouteObject[] = [
  { path: 'checklists', ...page(() => import('./checklist-list-page'), 'ChecklistListPage') },
  { path: 'checklists/new', ...page(() => import('./checklist-create-page'), 'ChecklistCreatePage') },
  { path: 'checklists/:id', ...page(() => import('./checklist-detail-page'), 'ChecklistDetailPage') },
  { path: 'checklists/:id/edit', ...page(() => import('./checklist-edit-page'), 'ChecklistEditPage') },
];
