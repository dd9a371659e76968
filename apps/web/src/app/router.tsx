import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { accountRoutes } from '../features/accounts/account-routes';
import { checklistRoutes } from '../features/checklists/checklist-routes';
import { inspectionRoutes } from '../features/inspections/inspection-routes';
import { sessionQuery } from '../features/auth/use-session';
import { preloadDashboardCode } from '../features/dashboard/dashboard-code';
import { prefetchDashboard } from '../features/dashboard/dashboard-queries';
import { RISK_ROUTES } from '../features/risk/risk-routes';
import { JOB_ROUTES } from '../features/jobs/job-routes';
import { SUPERVISION_ROUTES } from '../features/supervision/supervision-routes';
import { SECTOR_DUTY_ROUTES } from '../features/sector-duties/sector-duties-routes';
import { EQUIPMENT_ROUTES } from '../features/equipment/equipment-routes';
import { NOTIFICATION_ROUTES } from '../features/notifications/notification-routes';
import { IMPORT_ROUTES } from '../features/imports/import-routes';
import { API_KEY_ROUTES, PUBLIC_REPORT_ROUTES } from '../features/public-report/public-report-routes';
import { INCIDENT_ROUTES } from '../features/incidents/incident-routes';
import { DUTY_ROUTES } from '../features/duty/duty-routes';
import { WARNING_ROUTES } from '../features/warnings/warning-routes';
import { REPORT_ROUTES } from '../features/reports/report-routes';
import { TASK_LIST_ROUTES } from '../features/task-lists/task-list-routes';
import { EVIDENCE_ROUTES } from '../features/evidence/evidence-routes';
import { NotFound } from '../shared/components/not-found';
import { PageLoading } from '../shared/components/page-loading';
import { AppLayout } from './app-layout';
import { HomeRedirect } from './home-redirect';
import { RequireSession } from './require-session';
import { RouteError } from './route-error';

const page = (load: () => Promise<Record<string, ComponentType>>, name: string): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load())[name] }),
});

// Every page but login is its own chunk: the dashboard brings ECharts and the map brings Leaflet
// only when opened, keeping the first load small. Loaders only start requests early (the session
// while the page's code loads, the dashboard's numbers with it); pages read the same queries.
function routesFor(queryClient: QueryClient): RouteObject[] {
  const session = () => queryClient.ensureQueryData(sessionQuery).catch(() => null);
  const dashboardLoader = async () => {
    preloadDashboardCode();
    const state = await session();
    if (state?.user && !state.offline) prefetchDashboard(queryClient);
    return null;
  };
  return [
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    ...PUBLIC_REPORT_ROUTES,
    {
      element: <RequireSession />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading />,
      loader: async () => {
        await session();
        return null;
      },
      children: [
        {
          element: <AppLayout />,
          errorElement: <RouteError />,
          children: [
            { index: true, element: <HomeRedirect /> },
            { path: 'dashboard', loader: dashboardLoader, ...page(() => import('../features/dashboard/dashboard-page'), 'DashboardPage') },
            { path: 'hazards', ...page(() => import('../features/hazards/hazard-list-page'), 'HazardListPage') },
            { path: 'hazards/new', ...page(() => import('../features/hazards/hazard-report-page'), 'HazardReportPage') },
            { path: 'hazards/:id', ...page(() => import('../features/hazards/hazard-detail-page'), 'HazardDetailPage') },
            { path: 'units', ...page(() => import('../features/units/unit-list-page'), 'UnitListPage') },
            { path: 'units/new', ...page(() => import('../features/units/unit-form-page'), 'UnitCreatePage') },
            { path: 'units/:id', ...page(() => import('../features/units/unit-detail-page'), 'UnitDetailPage') },
            { path: 'units/:id/edit', ...page(() => import('../features/units/unit-form-page'), 'UnitEditPage') },
            { path: 'm/tasks', ...page(() => import('../features/field/field-tasks-page'), 'FieldTasksPage') },
            { path: 'm/report', ...page(() => import('../features/field/field-report-page'), 'FieldReportPage') },
            ...inspectionRoutes, ...checklistRoutes, ...accountRoutes,
            ...RISK_ROUTES,
            ...JOB_ROUTES,
            ...SUPERVISION_ROUTES,
            ...NOTIFICATION_ROUTES,
            ...IMPORT_ROUTES,
            ...API_KEY_ROUTES,
            ...INCIDENT_ROUTES,
            ...DUTY_ROUTES,
            ...WARNING_ROUTES,
            ...SECTOR_DUTY_ROUTES,
            ...EQUIPMENT_ROUTES,
            ...REPORT_ROUTES,
            ...TASK_LIST_ROUTES,
            ...EVIDENCE_ROUTES,
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(routesFor(queryClient));
}
