import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

const page = (load: () => Promise<Record<string, ComponentType>>, name: string): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load())[name] }),
});

/** Account administration of the district office (today: locked accounts), its own chunk. */
export const accountRoutes: RouteObject[] = [
  { path: 'accounts/locked', ...page(() => import('./locked-accounts-page'), 'LockedAccountsPage') },
  { path: 'accounts', ...page(() => import('./account-list-page'), 'AccountListPage') },
  { path: 'account/password', ...page(() => import('../auth/change-password-page'), 'ChangePasswordPage') },
  { path: 'account/two-factor', ...page(() => import('../two-factor/two-factor-page'), 'TwoFactorPage') },
];
