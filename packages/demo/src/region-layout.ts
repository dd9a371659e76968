import type { Grid, Region } from '@safegrid/core';
import { demoUuidV7 } from './demo-ids.js';
import type { DistrictTemplate, TownTemplate } from './district-template.js';
import { villageNames } from './place-names.js';
import type { Random } from './random.js';
import {
  convexSampler,
  rectangleRing,
  ringCentroid,
  ringToPolygon,
  spreadSites,
  voronoiCells,
  type ConvexSampler,
  type PlanePoint,
} from './voronoi-tiling.js';

/** A grid with the open ring its units are placed in, and its position in the tree. */
export interface GridSlot {
  readonly grid: Grid;
  readonly ring: readonly PlanePoint[];
  /** The ring prepared for placing points in it. */
  readonly sampler: ConvexSampler;
  /** Position in `DistrictLayout.grids`. */
  readonly gridIndex: number;
  readonly townIndex: number;
  readonly villageIndex: number;
}

export interface VillageLayout {
  readonly region: Region;
  readonly isCommunity: boolean;
  /** Indices into `DistrictLayout.grids`. */
  readonly gridIndices: readonly number[];
}

export interface TownLayout {
  readonly template: TownTemplate;
  readonly region: Region;
  readonly villages: readonly VillageLayout[];
}

/** The region tree of a generated district: the district, its towns, villages and grids. */
export interface DistrictLayout {
  readonly district: Region;
  readonly towns: readonly TownLayout[];
  readonly regions: readonly Region[];
  readonly grids: readonly GridSlot[];
}

const MIN_GRIDS_PER_VILLAGE = 3;
const MAX_GRIDS_PER_VILLAGE = 8;

/**
 * Builds the tree: towns are the Voronoi cells of their centres in the district box, villages the
 * cells of well-spread sites in their town, grids the cells of sites in their village. Every level
 * tiles its parent with convex cells. Grid ids are UUIDv7 at `createdMs`.
 */
export function buildDistrictLayout(template: DistrictTemplate, random: Random, createdMs: number): DistrictLayout {
  const { bbox } = template;
  const districtRing = rectangleRing(bbox.minLng, bbox.minLat, bbox.maxLng, bbox.maxLat);
  const district: Region = {
    code: template.code,
    districtCode: template.code,
    parentCode: null,
    level: 'district',
    kind: 'district',
    name: template.name,
    sortOrder: 0,
    center: template.center,
    boundary: ringToPolygon(districtRing),
  };
  const townCells = voronoiCells(template.towns.map((town) => [town.center.lng, town.center.lat] as const), districtRing);
  const regions: Region[] = [district];
  const grids: GridSlot[] = [];
  const takenNames = new Set<string>();
  const towns = template.towns.map((townTemplate, townIndex): TownLayout => {
    const ring = townCells[townIndex] as PlanePoint[];
    const region: Region = {
      code: townTemplate.code,
      districtCode: template.code,
      parentCode: template.code,
      level: 'town',
      kind: townTemplate.kind,
      name: townTemplate.name,
      sortOrder: townTemplate.sortOrder,
      center: townTemplate.center,
      boundary: ringToPolygon(ring),
    };
    regions.push(region);
    const villages = buildVillages({ template, townTemplate, townIndex, ring, random, createdMs, takenNames, regions, grids });
    return { template: townTemplate, region, villages };
  });
  return { district, towns, regions, grids };
}

interface VillageBuild {
  readonly template: DistrictTemplate;
  readonly townTemplate: TownTemplate;
  readonly townIndex: number;
  readonly ring: readonly PlanePoint[];
  readonly random: Random;
  readonly createdMs: number;
  readonly takenNames: Set<string>;
  readonly regions: Region[];
  readonly grids: GridSlot[];
}

function buildVillages(build: VillageBuild): VillageLayout[] {
  const { townTemplate, random } = build;
  const names = villageNames(
    {
      townName: townTemplate.name,
      townKind: townTemplate.kind,
      villages: townTemplate.villages,
      communities: Math.max(townTemplate.communities, townTemplate.villages + townTemplate.communities === 0 ? 1 : 0),
    },
    random,
    build.takenNames,
  );
  // NBS numbering: 居委会 (社区) from 001, 村委会 from 201.
  const entries = [
    ...names.communities.map((name, index) => ({ name, isCommunity: true, code: `${townTemplate.code}${String(index + 1).padStart(3, '0')}` })),
    ...names.villages.map((name, index) => ({ name, isCommunity: false, code: `${townTemplate.code}${String(index + 201).padStart(3, '0')}` })),
  ];
  const sites = spreadSites(build.ring, entries.length, random);
  const cells = voronoiCells(sites, build.ring);
  return entries.map((entry, villageIndex): VillageLayout => {
    const ring = cells[villageIndex] as PlanePoint[];
    const site = sites[villageIndex] as PlanePoint;
    const region: Region = {
      code: entry.code,
      districtCode: build.template.code,
      parentCode: townTemplate.code,
      level: 'village',
      kind: entry.isCommunity ? 'community' : 'village',
      name: entry.name,
      sortOrder: villageIndex + 1,
      center: { lng: site[0], lat: site[1] },
      boundary: ringToPolygon(ring),
    };
    build.regions.push(region);
    const gridIndices = buildGrids(build, region, ring, villageIndex);
    return { region, isCommunity: entry.isCommunity, gridIndices };
  });
}

function buildGrids(build: VillageBuild, village: Region, ring: readonly PlanePoint[], villageIndex: number): number[] {
  const { random } = build;
  const count = random.int(MIN_GRIDS_PER_VILLAGE, MAX_GRIDS_PER_VILLAGE);
  const cells = voronoiCells(spreadSites(ring, count, random), ring);
  // Number grids in reading order (north-west first) so 第1网格 is where people expect it.
  const ordered = cells
    .map((cell) => ({ cell, centre: ringCentroid(cell) }))
    .sort((a, b) => b.centre[1] - a.centre[1] || a.centre[0] - b.centre[0]);
  return ordered.map(({ cell }, index) => {
    const number = index + 1;
    const grid: Grid = {
      id: demoUuidV7(build.createdMs, random),
      code: `${village.code}-${String(number).padStart(2, '0')}`,
      districtCode: build.template.code,
      townCode: build.townTemplate.code,
      villageCode: village.code,
      name: `第${number}网格`,
      boundary: ringToPolygon(cell),
    };
    build.grids.push({ grid, ring: cell, sampler: convexSampler(cell), gridIndex: build.grids.length, townIndex: build.townIndex, villageIndex });
    return build.grids.length - 1;
  });
}
