import type { ReactNode } from 'react';
import { ApiError } from '../api-client';
import { NotFound } from './not-found';
import { PageLoading } from './page-loading';
import { ProblemAlert } from './problem-alert';

/** Loading, not found (404: missing or outside the scope) and other failures of a page's main query. */
export function QueryBoundary<T>({ query, children }: {
  readonly query: { readonly data: T | undefined; readonly error: unknown; readonly isPending: boolean };
  readonly children: (data: T) => ReactNode;
}) {
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFound />;
  if (query.error) return <ProblemAlert error={query.error} />;
  if (query.isPending || query.data === undefined) return <PageLoading />;
  return <>{children(query.data)}</>;
}
