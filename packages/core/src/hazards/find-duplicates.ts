import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps, Stores } from '../deps.js';
import { distanceMetres, type BoundingBox, type LngLat } from '../geo/geometry.js';
import { publicReportSettingsOf } from '../public-reports/public-reporter.js';
import type { Hazard, HazardCategory } from './hazard.js';
import { hazardNotFound } from './hazard-errors.js';

/** A hazard that may report the same thing, and how far it is. */
export interface DuplicateCandidate {
  readonly hazard: Hazard;
  readonly distanceMetres: number;
}

const METRES_PER_DEGREE_LAT = 111_320;
const MAX_CANDIDATES = 10;

/** The square around `point` that holds the circle of `radius` metres (what the lng/lat index reads). */
export function boxAround(point: LngLat, radius: number): BoundingBox {
  const dLat = radius / METRES_PER_DEGREE_LAT;
  const dLng = radius / (METRES_PER_DEGREE_LAT * Math.max(0.01, Math.cos((point.lat * Math.PI) / 180)));
  return { minLng: point.lng - dLng, maxLng: point.lng + dLng, minLat: point.lat - dLat, maxLat: point.lat + dLat };
}

/**
 * Likely duplicates of a report at `location`: open hazards of the same category within the
 * configured distance, reported within the configured window, nearest first. One indexed box query
 * then the exact distance (FixMyStreet's "nearby reports" rule, ADR 0074).
 */
export async function findLikelyDuplicates(
  deps: Pick<CoreDeps, 'publicReportSettings' | 'clock'> & { hazards: Stores['hazards'] },
  probe: { districtCode: string; category: HazardCategory; location: LngLat; excludeId?: string },
): Promise<DuplicateCandidate[]> {
  const settings = publicReportSettingsOf(deps);
  const radius = settings.duplicateRadiusMetres;
  const reportedFrom = new Date(deps.clock.now().getTime() - settings.duplicateWindowDays * 24 * 60 * 60 * 1000).toISOString();
  const nearby = await deps.hazards.findOpenNear(probe.districtCode, { categories: [probe.category], box: boxAround(probe.location, radius), reportedFrom }, 50);
  return nearby
    .filter((hazard) => hazard.id !== probe.excludeId && hazard.location)
    .map((hazard) => ({ hazard, distanceMetres: Math.round(distanceMetres(probe.location, hazard.location as LngLat)) }))
    .filter((candidate) => candidate.distanceMetres <= radius)
    .sort((a, b) => a.distanceMetres - b.distanceMetres || (a.hazard.id < b.hazard.id ? 1 : -1))
    .slice(0, MAX_CANDIDATES);
}

/** Likely duplicates of a hazard the actor can see, among the hazards the actor can see (the town's merge list). */
export async function listDuplicateCandidates(deps: CoreDeps, actor: Actor, hazardId: string): Promise<DuplicateCandidate[]> {
  const scope = scopeFilterOf(actor);
  const hazard = await deps.hazards.findById(hazardId, scope);
  if (!hazard) throw hazardNotFound(hazardId);
  if (!hazard.location) return [];
  const candidates = await findLikelyDuplicates(deps, { districtCode: hazard.districtCode, category: hazard.category, location: hazard.location, excludeId: hazard.id });
  return candidates.filter((candidate) => isInScope(scope, candidate.hazard));
}
