import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { hazardChangeOf } from '../changes/change-feed.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { judgeFailure } from '../checklists/checklist-applicability.js';
import { findingOf, formatLegalBasis, type ChecklistItem, type LegalCitation } from '../checklists/checklist.js';
import { checklistNotFound } from '../checklists/checklist-errors.js';
import { createHazardRecord } from '../hazards/create-hazard-record.js';
import type { Hazard, HazardSource } from '../hazards/hazard.js';
import { hazardSourceRefused } from '../hazards/hazard-errors.js';
import { findMissingPhotos } from '../hazards/hazard-photos.js';
import { canReportFromSource } from '../hazards/hazard-policy.js';
import { rememberIdempotentRequest, replayedResourceId, type IdempotentRequest } from '../idempotency/idempotent-replay.js';
import { refreshUnitRisk } from '../risk/refresh-unit-risk.js';
import { shanghaiDate } from '../shared/calendar-date.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { Unit } from '../units/unit.js';
import { unitNotFound } from '../units/unit-errors.js';
import type { Inspection, InspectionAnswer } from './inspection.js';
import { inspectionActionNotAllowed, inspectionChangedConcurrently, inspectionNotFound, notTheInspector } from './inspection-errors.js';
import { isInspector } from './inspection-policy.js';
import { nextInspectionStatus } from './inspection-status.js';

export interface FinishInspectionInput extends IdempotentRequest {
  readonly inspectionId: string;
  /** The name of who signs for the unit (被检查单位负责人). */
  readonly signedBy: string;
  /** The photo of the signature, uploaded like any photo. */
  readonly signaturePhotoId: string;
  readonly expectedVersion?: number | undefined;
}

export interface FinishInspectionResult {
  readonly inspection: Inspection;
  /** The hazards the failed items became, in checklist order. */
  readonly hazardIds: readonly string[];
}

const TITLE_LIMIT = 100;
const LEGAL_BASIS_LIMIT = 500;

function hazardSourceOf(inspection: Inspection): HazardSource {
  if (inspection.kind === 'self_inspection') return 'self_check';
  return inspection.campaignId ? 'campaign' : 'inspection';
}

/**
 * A failed item's hazard title: the problem as an inspector writes it (the item's finding), cut to
 * the title length. The requirement it breaks goes to the legal basis (ADR 0072).
 */
export function inspectionHazardTitle(item: Pick<ChecklistItem, 'text' | 'finding'>): string {
  const title = findingOf(item);
  return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1)}…`;
}

/** A failed item's legal basis: the item's code and requirement, then the citations that judge it. */
export function inspectionHazardLegalBasis(item: Pick<ChecklistItem, 'id' | 'text'>, citations: readonly LegalCitation[]): string {
  const basis = `检查项 ${item.id}：${item.text.trim()}`;
  const cited = formatLegalBasis(citations);
  const full = cited ? `${basis}；依据：${cited}` : basis;
  return full.length <= LEGAL_BASIS_LIMIT ? full : `${full.slice(0, LEGAL_BASIS_LIMIT - 1)}…`;
}

async function finishProblems(stores: Stores, actor: Actor, inspection: Inspection, items: Map<string, ChecklistItem>, unit: Unit, input: FinishInspectionInput): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (!input.signedBy.trim()) problems.push({ path: '/signedBy', code: 'required' });
  // The wire calls the signature photo `signature`.
  problems.push(...(await findMissingPhotos(stores, actor, [input.signaturePhotoId], '/signature')).map((problem) => ({ ...problem, path: '/signature' })));
  const answered = new Set(inspection.answers.map((answer) => answer.itemId));
  for (const itemId of inspection.itemIds) if (!answered.has(itemId)) problems.push({ path: `/answers/${itemId}`, code: 'unanswered' });
  for (const answer of inspection.answers) {
    const item = items.get(answer.itemId);
    if (answer.fixedOnSite && item && judgeFailure(item, unit).level === 'major') {
      problems.push({ path: `/answers/${answer.itemId}/fixedOnSite`, code: 'major_not_fixable_on_site' });
    }
  }
  return problems;
}

/** What finishing wrote: the result, and the hazards it created (to announce after the commit). */
export interface FinishedInspection extends FinishInspectionResult {
  readonly createdHazards: readonly Hazard[];
}

/**
 * Finishes an inspection with the unit's signature, inside the caller's transaction. Every
 * applicable item must be answered. Each failed item becomes a hazard — level and legal basis from
 * the item, source inspection, campaign or self-check, linked to the inspection and item — an item
 * fixed on the spot is closed at once with its evidence, and the unit is regraded.
 */
export async function finishInspectionRecord(stores: Stores, context: WriteContext, input: FinishInspectionInput): Promise<FinishedInspection> {
  const { deps, actor, now } = context;
  const today = shanghaiDate(now);
  const createdHazards: Hazard[] = [];
  const inspection = await stores.inspections.findById(input.inspectionId, scopeFilterOf(actor));
  if (!inspection) throw inspectionNotFound(input.inspectionId);
  // A retry of a finish whose answer was lost: the same record and hazards, none made twice.
  if (await replayedResourceId(stores, actor, input) === inspection.id) {
    return { inspection, hazardIds: inspection.answers.flatMap((answer) => (answer.hazardId ? [answer.hazardId] : [])), createdHazards };
  }
  if (!isInspector(actor, inspection)) throw notTheInspector();
  if (!nextInspectionStatus(inspection.status, 'finish')) throw inspectionActionNotAllowed('finish', inspection.status);
  if (input.expectedVersion !== undefined && input.expectedVersion !== inspection.version) throw inspectionChangedConcurrently(inspection.id);
  const template = await stores.checklists.findById(inspection.checklistId, inspection.districtCode);
  if (!template) throw checklistNotFound(inspection.checklistId);
  const unit = await stores.units.findById(inspection.unitId, scopeFilterOf(actor));
  if (!unit) throw unitNotFound(inspection.unitId);
  const items = new Map(template.items.map((item) => [item.id, item]));
  const problems = await finishProblems(stores, actor, inspection, items, unit, input);
  if (problems.length > 0) throw invalidInput(problems);

  const source = hazardSourceOf(inspection);
  if (!canReportFromSource(actor, source)) throw hazardSourceRefused(source);
  const answers: InspectionAnswer[] = [];
  const findings: { itemId: string; hazardId: string }[] = [];
  for (const answer of inspection.answers) {
    const item = items.get(answer.itemId);
    if (answer.result !== 'fail' || !item) {
      answers.push(answer);
      continue;
    }
    const judged = judgeFailure(item, unit);
    const hazard = await createHazardRecord({ deps, stores, actor, now, today }, {
      placement: { districtCode: unit.districtCode, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId, unitId: unit.id, sector: unit.sector, location: unit.location },
      source, level: judged.level, category: item.category, // The inspector's own note, when given, describes the hazard; the finding titles it.
      title: inspectionHazardTitle(item), description: answer.note?.trim() || findingOf(item),
      legalBasis: inspectionHazardLegalBasis(item, judged.legalBasis), photoIds: answer.photoIds, foundAt: answer.answeredAt, plan: null,
      reportDetails: { inspectionId: inspection.id, itemId: item.id, checklistCode: inspection.checklistCode, checklistVersion: inspection.checklistVersion, campaignId: inspection.campaignId },
      fixedOnSite: answer.fixedOnSite ? { evidencePhotoIds: answer.fixedOnSite.evidencePhotoIds, note: answer.fixedOnSite.note ?? undefined } : undefined,
    });
    createdHazards.push(hazard);
    answers.push({ ...answer, hazardId: hazard.id });
    findings.push({ itemId: item.id, hazardId: hazard.id });
  }
  const nowIso = now.toISOString();
  const finished: Inspection = {
    ...inspection, status: 'finished', answers, finishedAt: nowIso, signedBy: input.signedBy.trim(), signaturePhotoId: input.signaturePhotoId,
    failedItems: findings.length, updatedAt: nowIso, version: inspection.version + 1,
  };
  if (!(await stores.inspections.update(finished, inspection.version))) throw inspectionChangedConcurrently(inspection.id);
  await stores.inspections.linkFindings(finished, findings);
  await stores.inspections.linkPhotos(finished, [input.signaturePhotoId]);
  await rememberIdempotentRequest(stores, actor, input, finished.id, nowIso);
  await refreshUnitRisk(stores, { unitId: unit.id, districtCode: unit.districtCode, now, ids: deps.ids });
  return { inspection: finished, hazardIds: findings.map((finding) => finding.hazardId), createdHazards };
}

/** Finishes an inspection in one transaction (see `finishInspectionRecord`), then announces its hazards. */
export async function finishInspection(deps: CoreDeps, actor: Actor, input: FinishInspectionInput): Promise<FinishInspectionResult> {
  const context = writeContext(deps, actor);
  const { createdHazards, ...result } = await deps.inTransaction((stores) => finishInspectionRecord(stores, context, input));
  // Live dashboards learn of the new hazards only once they are committed.
  for (const hazard of createdHazards) deps.changes.publish(hazardChangeOf(hazard, 'report', hazard.reportedAt));
  return result;
}
