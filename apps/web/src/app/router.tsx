import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { NotFound } from '../shared/components/not-found';
import { PageLoading } from '../shared/components/page-loading';
import { AppLayout } from './app-layout';
import { HomeRedirect } from './home-redirect';
import { RequireSession } from './require-session';
import { RouteError } from './route-error';

// Every page but login is its own chunk: the dashboard brings ECharts and the map brings Leaflet
// only when opened, keeping the first load small.
const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        element: <AppLayout />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'dashboard', lazy: async () => ({ Component: (await import('../features/dashboard/dashboard-page')).DashboardPage }) },
          { path: 'hazards', lazy: async () => ({ Component: (await import('../features/hazards/hazard-list-page')).HazardListPage }) },
          { path: 'hazards/new', lazy: async () => ({ Component: (await import('../features/hazards/hazard-report-page')).HazardReportPage }) },
          { path: 'hazards/:id', lazy: async () => ({ Component: (await import('../features/hazards/hazard-detail-page')).HazardDetailPage }) },
          { path: 'units', lazy: async () => ({ Component: (await import('../features/units/unit-list-page')).UnitListPage }) },
          { path: 'units/new', lazy: async () => ({ Component: (await import('../features/units/unit-form-page')).UnitCreatePage }) },
          { path: 'units/:id', lazy: async () => ({ Component: (await import('../features/units/unit-detail-page')).UnitDetailPage }) },
          { path: 'units/:id/edit', lazy: async () => ({ Component: (await import('../features/units/unit-form-page')).UnitEditPage }) },
          { path: 'm/tasks', lazy: async () => ({ Component: (await import('../features/field/field-tasks-page')).FieldTasksPage }) },
          { path: 'm/report', lazy: async () => ({ Component: (await import('../features/field/field-report-page')).FieldReportPage }) },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
