import type { RegionResponse } from '@safegrid/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { regionsQuery } from './regions-queries';
import { regionsApi } from './regions-api';

// The region tree changes rarely: fetch once per session.
const FOREVER = Number.POSITIVE_INFINITY;

export function useRegions(boundaries = false) {
  return useQuery(regionsQuery(boundaries));
}

/** Towns and subdistricts in their official order, with a lookup of any region's name by code. */
export function useTowns() {
  const regions = useRegions(false);
  return useMemo(() => {
    const all: readonly RegionResponse[] = regions.data ?? [];
    const towns = all.filter((region) => region.level === 'town').sort((a, b) => a.sortOrder - b.sortOrder);
    const names = new Map(all.map((region) => [region.code, region.name]));
    return { towns, nameOf: (code: string | null | undefined) => (code ? (names.get(code) ?? code) : '—'), isPending: regions.isPending };
  }, [regions.data, regions.isPending]);
}

export function useGrid(id: string | null | undefined) {
  return useQuery({ queryKey: ['grids', 'one', id], queryFn: ({ signal }) => regionsApi.grid(id ?? '', signal), enabled: Boolean(id), staleTime: FOREVER });
}

export function useGrids(regionCode: string | null | undefined) {
  return useQuery({ queryKey: ['grids', regionCode], queryFn: ({ signal }) => regionsApi.grids(regionCode ?? '', signal), enabled: Boolean(regionCode), staleTime: FOREVER });
}
