import type { RouteObject } from 'react-router';

/** 事故信息报送 pages (ADR 0076), their own chunks. */
export const INCIDENT_ROUTES: RouteObject[] = [
  { path: 'incidents', lazy: async () => ({ Component: (await import('./incident-list-page')).IncidentListPage }) },
  { path: 'incidents/new', lazy: async () => ({ Component: (await import('./incident-form-page')).IncidentFormPage }) },
  { path: 'incidents/:id', lazy: async () => ({ Component: (await import('./incident-detail-page')).IncidentDetailPage }) },
];
