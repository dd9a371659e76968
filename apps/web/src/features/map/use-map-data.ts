import { useQuery } from '@tanstack/react-query';
import { hazardPointsQuery, mapSettingsQuery } from './map-queries';

export function useMapSettings() {
  return useQuery(mapSettingsQuery);
}

export function useHazardPoints() {
  return useQuery(hazardPointsQuery);
}
