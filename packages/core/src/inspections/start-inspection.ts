import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { isUnitInCampaignScope, campaignPhase } from '../campaigns/campaign.js';
import { isCampaignVisibleTo } from '../campaigns/campaign-policy.js';
import { applicableItems, templateRefusal } from '../checklists/checklist-applicability.js';
import type { ChecklistTemplate } from '../checklists/checklist.js';
import { rememberIdempotentRequest, replayedResourceId, type IdempotentRequest } from '../idempotency/idempotent-replay.js';
import { toWgs84, type CoordinateSystem } from '../geo/coordinate-systems.js';
import { distanceMetres, type LngLat } from '../geo/geometry.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { Unit } from '../units/unit.js';
import { unitNotFound } from '../units/unit-errors.js';
import type { Inspection } from './inspection.js';
import { inspectionNotFound } from './inspection-errors.js';
import { inspectionKindOf } from './inspection-policy.js';
import { DEFAULT_INSPECTION_SETTINGS } from './inspection-settings.js';

export interface StartInspectionInput extends IdempotentRequest {
  readonly unitId: string;
  readonly checklistId: string;
  /** Where the inspector stands, from the phone's GPS or map. */
  readonly location: LngLat & { readonly crs: CoordinateSystem };
  readonly farReason?: string | undefined;
  readonly campaignId?: string | undefined;
}

/** The inspection, and whether this request started it (false for a retry under the same idempotency key). */
export interface StartedInspection {
  readonly inspection: Inspection;
  readonly created: boolean;
}

async function checkCampaign(stores: Stores, actor: Actor, input: StartInspectionInput, unit: Unit, template: ChecklistTemplate, today: string): Promise<FieldProblem[]> {
  if (!input.campaignId) return [];
  const campaign = await stores.campaigns.findById(input.campaignId, actor.districtCode);
  if (!campaign || !isCampaignVisibleTo(actor, campaign)) return [{ path: '/campaignId', code: 'not_found' }];
  if (campaignPhase(campaign, today) !== 'active') return [{ path: '/campaignId', code: 'campaign_not_active' }];
  if (!isUnitInCampaignScope(campaign.scope, unit)) return [{ path: '/campaignId', code: 'unit_not_in_campaign' }];
  // Any version of the campaign's checklist counts (a district may revise it during the campaign);
  // district codes never equal built-in codes, so the code names the template.
  return template.code === campaign.checklistCode ? [] : [{ path: '/checklistId', code: 'not_campaign_checklist' }];
}

/**
 * Starts an inspection on site, inside the caller's transaction: the unit must be in the actor's
 * scope, the checklist usable on it (第10号令 never on 危化/消防/燃气/特种设备 units), and a start
 * farther from the unit than allowed needs a reason. The applicable items are fixed now, with the
 * template version.
 */
export async function startInspectionRecord(stores: Stores, context: WriteContext, input: StartInspectionInput): Promise<StartedInspection> {
  const { deps, actor, now } = context;
  // A phone that lost the answer to its start sends it again with the same key: same inspection.
  const replayed = await replayedResourceId(stores, actor, input);
  if (replayed) {
    const earlier = await stores.inspections.findById(replayed, scopeFilterOf(actor));
    if (!earlier) throw inspectionNotFound(replayed);
    return { inspection: earlier, created: false };
  }
  const today = shanghaiDate(now);
  const location = toWgs84(input.location, input.location.crs);
  const settings = deps.inspectionSettings ?? DEFAULT_INSPECTION_SETTINGS;
  const unit = await stores.units.findById(input.unitId, scopeFilterOf(actor));
  if (!unit) throw unitNotFound(input.unitId);
  const template = await stores.checklists.findById(input.checklistId, actor.districtCode);
  if (!template) throw invalidInput([{ path: '/checklistId', code: 'not_found' }]);
  const problems: FieldProblem[] = [];
  if (template.status !== 'active') problems.push({ path: '/checklistId', code: 'superseded' });
  const refusal = templateRefusal(template, unit);
  if (refusal) problems.push({ path: '/checklistId', code: `checklist_${refusal}` });
  const distance = Math.round(distanceMetres(location, unit.location));
  if (distance > settings.maxStartDistanceMetres && !input.farReason?.trim()) {
    problems.push({ path: '/farReason', code: 'required_when_far', params: { distance, max: settings.maxStartDistanceMetres } });
  }
  problems.push(...(await checkCampaign(stores, actor, input, unit, template, today)));
  if (problems.length > 0) throw invalidInput(problems);
  const nowIso = now.toISOString();
  const inspection: Inspection = {
    id: deps.ids.newId(), districtCode: unit.districtCode, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId,
    sector: unit.sector, unitId: unit.id, checklistId: template.id, checklistCode: template.code, checklistVersion: template.version,
    campaignId: input.campaignId ?? null, kind: inspectionKindOf(actor), status: 'in_progress', inspectorId: actor.userId,
    inspectorName: actor.displayName, startedAt: nowIso, location, distanceMetres: distance, farReason: input.farReason?.trim() || null,
    itemIds: applicableItems(template, unit).map((item) => item.id), answers: [], finishedAt: null, signedBy: null,
    signaturePhotoId: null, failedItems: 0, updatedAt: nowIso, version: 1,
  };
  await stores.inspections.insert(inspection);
  await rememberIdempotentRequest(stores, actor, input, inspection.id, nowIso);
  return { inspection, created: true };
}

/** Starts an inspection on site in one transaction (see `startInspectionRecord`), or returns the one a retry's key started. */
export async function startInspectionOnce(deps: CoreDeps, actor: Actor, input: StartInspectionInput): Promise<StartedInspection> {
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => startInspectionRecord(stores, context, input));
}

/** Starts an inspection on site in one transaction (see `startInspectionRecord`). */
export async function startInspection(deps: CoreDeps, actor: Actor, input: StartInspectionInput): Promise<Inspection> {
  return (await startInspectionOnce(deps, actor, input)).inspection;
}
