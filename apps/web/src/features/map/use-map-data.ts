import { useQuery } from '@tanstack/react-query';
import { mapApi } from './map-api';

export function useMapSettings() {
  return useQuery({ queryKey: ['settings', 'map'], queryFn: ({ signal }) => mapApi.settings(signal), staleTime: Number.POSITIVE_INFINITY });
}

/** Open hazards for the map; under `stats` so live updates refresh them with the numbers. */
export function useHazardPoints() {
  return useQuery({ queryKey: ['stats', 'hazard-points'], queryFn: ({ signal }) => mapApi.hazardPoints(signal) });
}
