import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { hazardChangeOf } from '../changes/change-feed.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { toWgs84, type CoordinateSystem } from '../geo/coordinate-systems.js';
import type { LngLat } from '../geo/geometry.js';
import type { Grid } from '../regions/region.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { Sector } from '../units/unit-catalog.js';
import { enqueueUnitRiskRefresh } from '../risk/refresh-unit-risk-job.js';
import { createHazardRecord, type HazardPlacement } from './create-hazard-record.js';
import type { Hazard, HazardCategory, HazardLevel, HazardSource, RectificationPlan } from './hazard.js';
import { hazardNotFound, hazardSourceRefused, idempotencyKeyReused } from './hazard-errors.js';
import { canReportFromSource } from './hazard-policy.js';
import { viewHazard, type HazardView } from './hazard-view.js';
import { findMissingPhotos } from './hazard-photos.js';

export interface ReportHazardInput {
  readonly source: HazardSource;
  readonly level: HazardLevel;
  readonly category: HazardCategory;
  readonly title: string;
  readonly description: string;
  readonly unitId?: string | undefined;
  /** Required when the hazard has no unit (a blocked fire lane in a street, say). */
  readonly sector?: Sector | undefined;
  readonly location?: (LngLat & { readonly crs: CoordinateSystem }) | undefined;
  readonly legalBasis?: string | undefined;
  /** An elevator (or other equipment) of the hazard's unit the hazard is about (ADR 0086). */
  readonly equipmentId?: string | undefined;
  readonly photoIds?: readonly string[] | undefined;
  readonly foundAt?: string | undefined;
  readonly plan?: Partial<RectificationPlan> | undefined;
  /** 立查立改: found and fixed on the spot, closed at once with this evidence. */
  readonly fixedOnSite?: { readonly evidencePhotoIds: readonly string[]; readonly note?: string | undefined } | undefined;
  /** A client retry key: the same key and body return the first result instead of a duplicate. */
  readonly idempotencyKey?: string | undefined;
  readonly requestHash?: string | undefined;
}

export interface ReportHazardResult {
  readonly hazard: HazardView;
  /** False when an earlier request with the same idempotency key created it. */
  readonly created: boolean;
}

// Reports synced from a phone carry the time they were made; allow for a phone clock running a little fast.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Records a new hazard (starting 待核实) inside the caller's transaction, or closes it at once when
 * fixed on the spot; a retry with the same idempotency key returns the first hazard. `located` is
 * the report's place, found before the transaction (`locateReport`).
 */
export async function reportHazardRecord(stores: Stores, context: WriteContext, input: ReportHazardInput, located: LocatedReport): Promise<ReportHazardResult> {
  const { deps, actor, now } = context;
  if (!canReportFromSource(actor, input.source)) throw hazardSourceRefused(input.source);
  const today = shanghaiDate(now);
  const replay = await findReplay(stores, actor, input);
  if (replay) return { hazard: viewHazard(replay, actor, today, deps.hazardTimePolicy, deps.workingCalendars.forDistrict(replay.districtCode)), created: false };

  const placement = await resolvePlacement(stores, actor, input, located);
  await checkReportFields(stores, actor, input, now);
  if (input.equipmentId !== undefined) await checkHazardEquipment(stores, actor, input.equipmentId, placement.unitId);
  const hazard = await createHazardRecord({ deps, stores, actor, now, today }, {
    placement,
    source: input.source,
    level: input.level,
    category: input.category,
    title: input.title.trim(),
    description: input.description.trim(),
    legalBasis: input.legalBasis?.trim() || null,
    equipmentId: input.equipmentId ?? null,
    photoIds: input.photoIds ?? [],
    foundAt: input.foundAt ?? now.toISOString(),
    plan: input.plan ? completePlan(input.plan) : null,
    fixedOnSite: input.fixedOnSite,
  });
  // The unit's colour is regraded by a job after the commit (ADR 0107): the create stays short.
  await enqueueUnitRiskRefresh(stores, deps, { unitId: hazard.unitId, districtCode: hazard.districtCode, now });
  const nowIso = now.toISOString();
  if (input.idempotencyKey) {
    await stores.idempotency.save({
      userId: actor.userId, key: input.idempotencyKey, requestHash: input.requestHash ?? '', resourceId: hazard.id, createdAt: nowIso,
    });
  }
  return { hazard: viewHazard(hazard, actor, today, deps.hazardTimePolicy, deps.workingCalendars.forDistrict(hazard.districtCode)), created: true };
}

/** Records a new hazard (starting 待核实), or closes it at once when fixed on the spot. One transaction. */
export async function reportHazard(deps: CoreDeps, actor: Actor, input: ReportHazardInput): Promise<ReportHazardResult> {
  if (!canReportFromSource(actor, input.source)) throw hazardSourceRefused(input.source);
  // Locate before the transaction: the grid index reads through the outer connection.
  const located = await locateReport(deps, actor, input);
  const context = writeContext(deps, actor);
  const result = await deps.inTransaction((stores) => reportHazardRecord(stores, context, input, located));
  if (result.created) deps.changes.publish(hazardChangeOf(result.hazard, 'report', result.hazard.reportedAt));
  return result;
}

async function findReplay(stores: Stores, actor: Actor, input: ReportHazardInput): Promise<Hazard | undefined> {
  if (!input.idempotencyKey) return undefined;
  const record = await stores.idempotency.find(actor.userId, input.idempotencyKey);
  if (!record) return undefined;
  if (record.requestHash !== (input.requestHash ?? '')) throw idempotencyKeyReused();
  const hazard = await stores.hazards.findById(record.resourceId, scopeFilterOf(actor));
  if (!hazard) throw hazardNotFound(record.resourceId);
  return hazard;
}

/** Where a report sits on the map, found before its transaction. */
export interface LocatedReport {
  readonly location: LngLat | null;
  readonly grid: Pick<Grid, 'id' | 'townCode' | 'villageCode'> | undefined;
}

/** Converts the report's point to WGS-84 and finds its grid (through the grid index, outside any transaction). */
export async function locateReport(deps: Pick<CoreDeps, 'gridLocators'>, actor: Actor, input: ReportHazardInput): Promise<LocatedReport> {
  if (!input.location) return { location: null, grid: undefined };
  const location = toWgs84(input.location, input.location.crs);
  const grid = (await deps.gridLocators.forDistrict(actor.districtCode)).locate(location);
  if (!grid) throw invalidInput([{ path: '/location', code: 'outside_district' }]);
  return { location, grid };
}

async function resolvePlacement(stores: Stores, actor: Actor, input: ReportHazardInput, located: LocatedReport): Promise<HazardPlacement> {
  const unit = input.unitId ? await stores.units.findById(input.unitId, scopeFilterOf(actor)) : undefined;
  if (input.unitId && !unit) throw invalidInput([{ path: '/unitId', code: 'not_found' }]);
  if (!unit && !located.grid) throw invalidInput([{ path: '/location', code: 'required' }]);
  if (!unit && !input.sector) throw invalidInput([{ path: '/sector', code: 'required' }]);
  const grid = located.grid ?? (unit && { id: unit.gridId, townCode: unit.townCode, villageCode: unit.villageCode });
  if (!grid) throw invalidInput([{ path: '/location', code: 'required' }]);
  return {
    districtCode: actor.districtCode,
    townCode: grid.townCode,
    villageCode: grid.villageCode,
    gridId: grid.id,
    unitId: unit?.id ?? null,
    sector: unit?.sector ?? (input.sector as Sector),
    location: located.location ?? unit?.location ?? null,
  };
}

async function checkReportFields(stores: Stores, actor: Actor, input: ReportHazardInput, now: Date): Promise<void> {
  const problems: FieldProblem[] = [];
  if (!input.title.trim()) problems.push({ path: '/title', code: 'required' });
  if (input.foundAt && new Date(input.foundAt).getTime() > now.getTime() + CLOCK_SKEW_MS) {
    problems.push({ path: '/foundAt', code: 'in_future' });
  }
  if (input.fixedOnSite && input.level === 'major') problems.push({ path: '/fixedOnSite', code: 'major_not_fixable_on_site' });
  problems.push(...(await findMissingPhotos(stores, actor, input.photoIds ?? [], '/photoIds')));
  if (input.fixedOnSite) {
    const evidence = input.fixedOnSite.evidencePhotoIds;
    if (evidence.length === 0) problems.push({ path: '/fixedOnSite/evidencePhotoIds', code: 'required' });
    problems.push(...(await findMissingPhotos(stores, actor, evidence, '/fixedOnSite/evidencePhotoIds')));
  }
  if (problems.length > 0) throw invalidInput(problems);
}

export function completePlan(plan: Partial<RectificationPlan>): RectificationPlan {
  return {
    measures: plan.measures ?? '',
    responsible: plan.responsible ?? '',
    funds: plan.funds ?? '',
    deadline: plan.deadline ?? '',
    emergencyPlan: plan.emergencyPlan ?? '',
  };
}

/** A named piece of equipment must be in the actor's scope and belong to the hazard's unit. */
async function checkHazardEquipment(stores: Stores, actor: Actor, equipmentId: string, unitId: string | null): Promise<void> {
  const equipment = await stores.equipment.findById(equipmentId, scopeFilterOf(actor));
  if (!equipment) throw invalidInput([{ path: '/equipmentId', code: 'not_found' }]);
  if (equipment.unitId !== unitId) throw invalidInput([{ path: '/equipmentId', code: 'other_unit' }]);
}
