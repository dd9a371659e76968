import { queryOptions } from '@tanstack/react-query';
import { mapApi } from './map-api';

export const mapSettingsQuery = queryOptions({ queryKey: ['settings', 'map'], queryFn: ({ signal }) => mapApi.settings(signal), staleTime: Number.POSITIVE_INFINITY });

/** Open hazards for the map; under `stats` so live updates refresh them with the numbers. */
export const hazardPointsQuery = queryOptions({ queryKey: ['stats', 'hazard-points'], queryFn: ({ signal }) => mapApi.hazardPoints(signal) });
