import type { RouteObject } from 'react-router';

/** 销号证据规则 (ADR 0087), its own chunk. */
export const EVIDENCE_ROUTES: RouteObject[] = [
  { path: 'settings/evidence-policy', lazy: async () => ({ Component: (await import('./evidence-policy-page')).EvidencePolicyPage }) },
];
