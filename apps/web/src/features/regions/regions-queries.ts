import { queryOptions } from '@tanstack/react-query';
import { regionsApi } from './regions-api';

/** The region tree changes rarely: fetched once per session. */
export const regionsQuery = (boundaries: boolean) =>
  queryOptions({ queryKey: ['regions', boundaries], queryFn: ({ signal }) => regionsApi.list(boundaries, signal), staleTime: Number.POSITIVE_INFINITY });
