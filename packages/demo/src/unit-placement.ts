import { isPointInPolygon, type LngLat, type UnitKind } from '@safegrid/core';
import type { DistrictTemplate } from './district-template.js';
import type { Random } from './random.js';
import type { DistrictLayout, GridSlot, TownLayout, VillageLayout } from './region-layout.js';
import { COMMUNITY_SHARE, KIND_GROUPS, KIND_PROFILES, PROFILE_AFFINITY, type KindGroup } from './unit-profiles.js';
import { sampleClearance, samplePoint } from './voronoi-tiling.js';

/** Chooses where units (and hazards without a unit) are: town by weight and profile, then 村/社区, then grid. */
export interface UnitPlacer {
  slotFor(kind: UnitKind, random: Random): GridSlot;
  /** A grid of the district's seat town. */
  seatSlot(random: Random): GridSlot;
  /** A grid for a street-level report (blocked fire lane …): weighted like shops and restaurants. */
  publicSlot(random: Random): GridSlot;
  /** A point strictly inside the grid, rounded to 1e-6° (≈ 0.1 m). */
  pointIn(slot: GridSlot, random: Random): LngLat;
  /** A point within ≈ 150 m of `centre` and inside the same grid (tenants of a park). */
  pointNear(slot: GridSlot, centre: LngLat, random: Random): LngLat;
}

const NEAR_RADIUS_DEGREES = 0.0015;
const INSET = 0.9;
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

export function createUnitPlacer(template: DistrictTemplate, layout: DistrictLayout): UnitPlacer {
  const cumulative = new Map<KindGroup, Float64Array>();
  for (const group of KIND_GROUPS) {
    const weights = new Float64Array(layout.towns.length);
    let total = 0;
    layout.towns.forEach((town, index) => {
      total += town.template.weight * PROFILE_AFFINITY[town.template.profile][group];
      weights[index] = total;
    });
    cumulative.set(group, weights);
  }
  const seatIndex = Math.max(0, layout.towns.findIndex((town) => town.template.code === template.seatTownCode));

  const townFor = (group: KindGroup, random: Random): TownLayout => {
    const weights = cumulative.get(group) as Float64Array;
    const target = random.next() * (weights[weights.length - 1] ?? 0);
    let index = 0;
    while (index < weights.length - 1 && target >= (weights[index] as number)) index += 1;
    return layout.towns[index] as TownLayout;
  };

  const communities = new Map<TownLayout, readonly VillageLayout[]>();
  const villages = new Map<TownLayout, readonly VillageLayout[]>();
  for (const town of layout.towns) {
    communities.set(town, town.villages.filter((village) => village.isCommunity));
    villages.set(town, town.villages.filter((village) => !village.isCommunity));
  }

  const slotInTown = (town: TownLayout, group: KindGroup, random: Random): GridSlot => {
    const wantsCommunity = random.chance(COMMUNITY_SHARE[group]);
    const preferred = (wantsCommunity ? communities : villages).get(town) ?? [];
    const village: VillageLayout = random.pick(preferred.length > 0 ? preferred : town.villages);
    return layout.grids[random.pick(village.gridIndices)] as GridSlot;
  };

  const pointIn = (slot: GridSlot, random: Random): LngLat => {
    const [lng, lat] = samplePoint(slot.sampler, random, INSET);
    const rounded = { lng: round6(lng), lat: round6(lat) };
    // Rounding moves a point by < 1e-6°; only in a sliver of a grid could that cross an edge.
    if (sampleClearance(slot.sampler, INSET) > 1e-6 || isPointInPolygon(rounded, slot.grid.boundary)) return rounded;
    return { lng, lat };
  };

  return {
    slotFor: (kind, random) => {
      const group: KindGroup = kind === 'park' ? 'industry' : KIND_PROFILES[kind].group;
      return slotInTown(townFor(group, random), group, random);
    },
    seatSlot: (random) => slotInTown(layout.towns[seatIndex] as TownLayout, 'industry', random),
    publicSlot: (random) => slotInTown(townFor('service', random), 'service', random),
    pointIn,
    pointNear(slot, centre, random) {
      for (let attempt = 0; attempt < 12; attempt += 1) {
        const radius = NEAR_RADIUS_DEGREES * Math.sqrt(random.next());
        const angle = 2 * Math.PI * random.next();
        const point = { lng: round6(centre.lng + radius * Math.cos(angle)), lat: round6(centre.lat + radius * Math.sin(angle)) };
        if (isPointInPolygon(point, slot.grid.boundary)) return point;
      }
      return pointIn(slot, random);
    },
  };
}
