import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { createGridLocator } from '../geo/grid-locator.js';
import { updateUnitRecord } from '../units/update-unit.js';
import { isPointInPolygon, largestPartOf, ringArea, type Area, type LngLat, type MultiPolygon, type Polygon } from '../geo/geometry.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import type { Grid, Region } from './region.js';

/**
 * 网格边界导入 (issue 13, ADR 0084): grid polygons from a GeoJSON FeatureCollection in WGS-84.
 * Each feature is a Polygon or a MultiPolygon (ADR 0105: an enclave, an island, a village split by a
 * river) with properties `code` (网格编号) and `name` (网格名称), optionally `town` and `village`
 * (name or code). In every part, rings must be closed, have four positions or more and not cross
 * themselves; the parts of a MultiPolygon must not meet. The grid must lie in a town of the district
 * (the representative point of its largest part inside the town's boundary, or the town named). A code already registered
 * updates that grid; a new code adds one. All features or none.
 */
export interface GridImportProblem {
  /** 1-based position of the feature in the collection (0: the file itself). */
  readonly feature: number;
  readonly code: string;
  /** Where in the feature: `geometry`, `properties.code`, … */
  readonly path: string;
  readonly problem: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface GridImportReport {
  readonly features: number;
  readonly newGrids: number;
  readonly existingGrids: number;
  readonly problems: readonly GridImportProblem[];
}

export interface GridImportResult {
  readonly created: number;
  readonly updated: number;
  /** Registered units whose location now lies in another grid, moved there (each with a history entry). */
  readonly movedUnits: number;
}

/** Units read per page when re-placing them after a grid import. */
const UNIT_PAGE = 500;

/**
 * After grids were redrawn (inside the same transaction): every unit of the district whose location
 * lies in another grid than the one it is placed in moves there, through `updateUnitRecord` (the
 * registry's own write: its history records the grid, town and village it left). A unit now outside
 * every grid keeps its place. Returns how many moved.
 */
async function replaceUnits(stores: Stores, context: WriteContext, grids: readonly Grid[]): Promise<number> {
  const locator = createGridLocator(grids);
  const scope = scopeFilterOf(context.actor);
  const moves: { unitId: string; grid: Grid; location: { lng: number; lat: number } }[] = [];
  let cursor: string | undefined;
  do {
    const page = await stores.units.list(scope, {}, { limit: UNIT_PAGE, cursor });
    for (const unit of page.items) {
      if (!unit.location) continue;
      const grid = locator.locate(unit.location);
      if (grid && grid.id !== unit.gridId) moves.push({ unitId: unit.id, grid, location: unit.location });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  for (const move of moves) {
    const placement = { location: move.location, townCode: move.grid.townCode, villageCode: move.grid.villageCode, gridId: move.grid.id };
    await updateUnitRecord(stores, context, { unitId: move.unitId, changes: {}, placement });
  }
  return moves.length;
}

/** The most vertices of one ring checked for self-intersection (the check is quadratic). */
const MAX_CHECKED_VERTICES = 5_000;

export const gridImportRefused = () =>
  new DomainError('permission_denied', 'import.grids_refused', 'Only the district office imports grid boundaries.');

export const gridImportInvalid = (problemCount: number) =>
  new DomainError('invalid_input', 'import.grids_invalid', 'Some features are invalid; nothing was imported. Run the dry run to see them.', { problemCount });

type Ring = readonly (readonly [number, number])[];

function isPosition(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number'
    && Number.isFinite(value[0]) && Number.isFinite(value[1]) && Math.abs(value[0]) <= 180 && Math.abs(value[1]) <= 90;
}

/** Whether segments p1–p2 and p3–p4 cross or touch (collinear overlaps included). */
function segmentsIntersect(p1: readonly number[], p2: readonly number[], p3: readonly number[], p4: readonly number[]): boolean {
  const cross = (a: readonly number[], b: readonly number[], c: readonly number[]) => ((b[0] ?? 0) - (a[0] ?? 0)) * ((c[1] ?? 0) - (a[1] ?? 0)) - ((b[1] ?? 0) - (a[1] ?? 0)) * ((c[0] ?? 0) - (a[0] ?? 0));
  const within = (a: readonly number[], b: readonly number[], c: readonly number[]) =>
    Math.min(a[0] ?? 0, b[0] ?? 0) <= (c[0] ?? 0) && (c[0] ?? 0) <= Math.max(a[0] ?? 0, b[0] ?? 0) && Math.min(a[1] ?? 0, b[1] ?? 0) <= (c[1] ?? 0) && (c[1] ?? 0) <= Math.max(a[1] ?? 0, b[1] ?? 0);
  const d1 = cross(p3, p4, p1);
  const d2 = cross(p3, p4, p2);
  const d3 = cross(p1, p2, p3);
  const d4 = cross(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && within(p3, p4, p1)) || (d2 === 0 && within(p3, p4, p2)) || (d3 === 0 && within(p1, p2, p3)) || (d4 === 0 && within(p1, p2, p4));
}

/** Whether a closed ring crosses itself: any two non-adjacent edges meet. */
export function ringSelfIntersects(ring: Ring): boolean {
  const edges = ring.length - 1;
  if (edges > MAX_CHECKED_VERTICES) return false;
  for (let i = 0; i < edges; i += 1) {
    for (let j = i + 1; j < edges; j += 1) {
      if (j === i + 1 || (i === 0 && j === edges - 1)) continue; // neighbours share a vertex
      const a = ring[i];
      const b = ring[i + 1];
      const c = ring[j];
      const d = ring[j + 1];
      if (a && b && c && d && segmentsIntersect(a, b, c, d)) return true;
    }
  }
  return false;
}

/** The ring problems of a polygon's coordinates, or the polygon when it has none. */
function polygonOf(coordinates: unknown, problem: (code: string, params?: Record<string, string | number>) => void): Polygon | undefined {
  if (!Array.isArray(coordinates) || coordinates.length === 0) return void problem('geometry_invalid');
  const rings: Ring[] = [];
  for (const [index, ring] of (coordinates as unknown[]).entries()) {
    if (!Array.isArray(ring) || !ring.every(isPosition)) return void problem('coordinates_invalid', { ring: index + 1 });
    const positions = (ring as [number, number][]).map(([lng, lat]) => [lng, lat] as const);
    const first = positions[0];
    const last = positions[positions.length - 1];
    if (positions.length < 4) return void problem('ring_too_short', { ring: index + 1 });
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return void problem('ring_not_closed', { ring: index + 1 });
    if (ringSelfIntersects(positions)) return void problem('ring_self_intersects', { ring: index + 1 });
    rings.push(positions);
  }
  return { type: 'Polygon', coordinates: rings };
}

/** Whether two parts meet: an edge of one touches an edge of the other, or one lies inside the other. */
function partsMeet(a: Polygon, b: Polygon): boolean {
  const outerA = a.coordinates[0] ?? [];
  const outerB = b.coordinates[0] ?? [];
  const [firstA] = outerA;
  const [firstB] = outerB;
  if (firstA && isPointInPolygon({ lng: firstA[0], lat: firstA[1] }, b)) return true;
  if (firstB && isPointInPolygon({ lng: firstB[0], lat: firstB[1] }, a)) return true;
  if ((outerA.length - 1) * (outerB.length - 1) > MAX_CHECKED_VERTICES * MAX_CHECKED_VERTICES) return false;
  for (let i = 0; i + 1 < outerA.length; i += 1) {
    for (let j = 0; j + 1 < outerB.length; j += 1) {
      const p1 = outerA[i];
      const p2 = outerA[i + 1];
      const p3 = outerB[j];
      const p4 = outerB[j + 1];
      if (p1 && p2 && p3 && p4 && segmentsIntersect(p1, p2, p3, p4)) return true;
    }
  }
  return false;
}

type Problem = (code: string, params?: Record<string, string | number>, where?: string) => void;

/**
 * The checked parts of a grid's geometry as one area: a Polygon, or a one-part MultiPolygon, stays a
 * Polygon; several parts make a MultiPolygon. Each part is checked as a Polygon (its problems under
 * `geometry.partN`, 1-based), and no two parts may meet.
 */
function areaOf(geometry: { type?: unknown; coordinates?: unknown } | undefined, problem: Problem): Area | undefined {
  const checkedPart = (coordinates: unknown, where: string): Polygon | undefined => {
    const polygon = polygonOf(coordinates, (code, params) => problem(code, params, where));
    if (polygon && ringArea(polygon.coordinates[0] ?? []) === 0) return void problem('ring_too_short', { ring: 1 }, where);
    return polygon;
  };
  if (geometry?.type === 'Polygon') return checkedPart(geometry.coordinates, 'geometry');
  if (geometry?.type !== 'MultiPolygon') return void problem('geometry_type');
  if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0) return void problem('geometry_invalid');
  const partsIn = geometry.coordinates as unknown[];
  if (partsIn.length === 1) return checkedPart(partsIn[0], 'geometry');
  const parts: Polygon[] = [];
  for (const [index, coordinates] of partsIn.entries()) {
    const part = checkedPart(coordinates, `geometry.part${index + 1}`);
    if (!part) return undefined;
    parts.push(part);
  }
  for (let i = 0; i < parts.length; i += 1) {
    for (let j = i + 1; j < parts.length; j += 1) {
      const a = parts[i];
      const b = parts[j];
      if (a && b && partsMeet(a, b)) return void problem('parts_meet', { part: i + 1, other: j + 1 });
    }
  }
  const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: parts.map((part) => part.coordinates) };
  return multi;
}

/**
 * A point inside the grid for placing it: in its largest part, the vertex average of the outer ring
 * if inside, else the first three vertices' average.
 */
function representativePoint(area: Area): LngLat {
  const polygon = largestPartOf(area);
  const ring = polygon.coordinates[0] ?? [];
  const n = Math.max(1, ring.length - 1);
  let lng = 0;
  let lat = 0;
  for (const [x, y] of ring.slice(0, n)) {
    lng += x;
    lat += y;
  }
  const mean = { lng: lng / n, lat: lat / n };
  if (isPointInPolygon(mean, polygon)) return mean;
  const [a, b, c] = ring;
  return a && b && c ? { lng: (a[0] + b[0] + c[0]) / 3, lat: (a[1] + b[1] + c[1]) / 3 } : mean;
}

interface CheckedFeature {
  readonly code: string;
  readonly name: string;
  readonly town: Region;
  readonly village: Region;
  readonly boundary: Area;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** Parses and checks the whole collection against the district's towns and villages. */
/** The features of a GeoJSON FeatureCollection; anything else is a bad file. */
function featuresOf(json: string): unknown[] {
  let collection: unknown;
  try {
    collection = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    throw invalidInput([{ path: '/file', code: 'format' }]);
  }
  const raw = (collection as { type?: unknown; features?: unknown } | null) ?? {};
  if (raw.type !== 'FeatureCollection' || !Array.isArray(raw.features)) throw invalidInput([{ path: '/file', code: 'format' }]);
  return raw.features as unknown[];
}

function checkCollection(json: string, regions: readonly Region[]): { features: CheckedFeature[]; total: number; problems: GridImportProblem[] } {
  const raw = { features: featuresOf(json) };
  const towns = regions.filter((region) => region.level === 'town');
  const villages = regions.filter((region) => region.level === 'village');
  const problems: GridImportProblem[] = [];
  const features: CheckedFeature[] = [];
  const seen = new Map<string, number>();
  for (const [index, feature] of raw.features.entries()) {
    const number = index + 1;
    const properties = ((feature as { properties?: Record<string, unknown> } | null)?.properties ?? {}) as Record<string, unknown>;
    const code = text(properties['code'] ?? properties['编号'] ?? properties['网格编号']);
    const name = text(properties['name'] ?? properties['名称'] ?? properties['网格名称']);
    const before = problems.length;
    const problem = (path: string, what: string, params?: Record<string, string | number>) => problems.push({ feature: number, code, path, problem: what, ...(params ? { params } : {}) });
    if (!code) problem('properties.code', 'required');
    else if (seen.has(code)) problem('properties.code', 'duplicate_code_in_file', { feature: seen.get(code) ?? 0 });
    else seen.set(code, number);
    if (!name) problem('properties.name', 'required');
    const geometry = (feature as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
    const boundary = areaOf(geometry, (what, params, where) => problem(where ?? 'geometry', what, params));
    if (!boundary || problems.length > before) continue;
    const point = representativePoint(boundary);
    const townName = text(properties['town'] ?? properties['镇街']);
    const town = townName
      ? towns.find((candidate) => candidate.code === townName || candidate.name === townName)
      : towns.find((candidate) => candidate.boundary && isPointInPolygon(point, candidate.boundary));
    if (!town) {
      problem(townName ? 'properties.town' : 'geometry', townName ? 'not_found' : 'outside_towns');
      continue;
    }
    if (town.boundary && !isPointInPolygon(point, town.boundary)) {
      problem('geometry', 'outside_town', { town: town.name });
      continue;
    }
    const villageName = text(properties['village'] ?? properties['村社区']);
    const ofTown = villages.filter((village) => village.parentCode === town.code);
    const village = villageName
      ? ofTown.find((candidate) => candidate.code === villageName || candidate.name === villageName)
      : ofTown.find((candidate) => candidate.boundary && isPointInPolygon(point, candidate.boundary)) ?? (ofTown.length === 1 ? ofTown[0] : undefined);
    if (!village) {
      problem('properties.village', villageName ? 'not_found' : 'required');
      continue;
    }
    features.push({ code, name, town, village, boundary });
  }
  return { features, total: raw.features.length, problems };
}

async function check(deps: CoreDeps, actor: Actor, json: string) {
  if (actor.role !== 'district') throw gridImportRefused();
  const checked = checkCollection(json, await deps.regions.listRegions(actor.districtCode));
  const existing = new Map((await deps.regions.listGrids(actor.districtCode)).map((grid) => [grid.code, grid]));
  return { ...checked, existing };
}

/** Step one: every problem by feature; what a commit would add and update; writes nothing. */
export async function dryRunGridImport(deps: CoreDeps, actor: Actor, json: string): Promise<GridImportReport> {
  const { features, total, problems, existing } = await check(deps, actor, json);
  const existingGrids = features.filter((feature) => existing.has(feature.code)).length;
  return { features: total, newGrids: features.length - existingGrids, existingGrids, problems };
}

/**
 * Step two: checks again and saves every grid in one transaction (a known code keeps its id, so
 * units, hazards and grid workers stay attached); in the same transaction every unit whose location
 * now lies in another grid is moved there with a history entry. The grid locators are rebuilt
 * afterwards.
 */
export async function importGrids(deps: CoreDeps, actor: Actor, json: string): Promise<GridImportResult> {
  const { features, problems, existing } = await check(deps, actor, json);
  if (problems.length > 0) throw gridImportInvalid(problems.length);
  if (features.length === 0) throw invalidInput([{ path: '/file', code: 'required' }]);
  const context = writeContext(deps, actor);
  const result = await deps.inTransaction(async (stores) => {
    let created = 0;
    let updated = 0;
    const byCode = new Map(existing);
    for (const feature of features) {
      const known = existing.get(feature.code);
      const grid: Grid = {
        id: known?.id ?? deps.ids.newId(), code: feature.code, districtCode: actor.districtCode, townCode: feature.town.code,
        villageCode: feature.village.code, name: feature.name, boundary: feature.boundary,
      };
      await stores.regions.saveGrid(grid);
      byCode.set(grid.code, grid);
      if (known) updated += 1;
      else created += 1;
    }
    return { created, updated, movedUnits: await replaceUnits(stores, context, [...byCode.values()]) };
  });
  deps.gridLocators.invalidate();
  return result;
}
