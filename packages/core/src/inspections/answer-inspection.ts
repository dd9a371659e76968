import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { findMissingPhotos } from '../hazards/hazard-photos.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { AnswerResult, Inspection, InspectionAnswer } from './inspection.js';
import { inspectionActionNotAllowed, inspectionChangedConcurrently, inspectionNotFound, notTheInspector } from './inspection-errors.js';
import { isInspector } from './inspection-policy.js';
import { nextInspectionStatus } from './inspection-status.js';

export interface AnswerInput {
  readonly itemId: string;
  readonly result: AnswerResult;
  readonly note?: string | null | undefined;
  readonly photoIds?: readonly string[] | undefined;
  readonly fixedOnSite?: { readonly evidencePhotoIds: readonly string[]; readonly note?: string | undefined } | null | undefined;
}

export interface AnswerInspectionInput {
  readonly inspectionId: string;
  readonly answers: readonly AnswerInput[];
  readonly expectedVersion?: number | undefined;
}

async function answerProblems(stores: Stores, actor: Actor, inspection: Inspection, answers: readonly AnswerInput[]): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const [index, answer] of answers.entries()) {
    if (!inspection.itemIds.includes(answer.itemId)) problems.push({ path: `/answers/${index}/itemId`, code: 'not_applicable' });
    if (seen.has(answer.itemId)) problems.push({ path: `/answers/${index}/itemId`, code: 'not_unique' });
    seen.add(answer.itemId);
    if (answer.fixedOnSite && answer.result !== 'fail') problems.push({ path: `/answers/${index}/fixedOnSite`, code: 'only_when_failed' });
    if (answer.fixedOnSite && answer.fixedOnSite.evidencePhotoIds.length === 0) problems.push({ path: `/answers/${index}/fixedOnSite/evidencePhotoIds`, code: 'required' });
    problems.push(...(await findMissingPhotos(stores, actor, answer.photoIds ?? [], `/answers/${index}/photoIds`)));
    problems.push(...(await findMissingPhotos(stores, actor, answer.fixedOnSite?.evidencePhotoIds ?? [], `/answers/${index}/fixedOnSite/evidencePhotoIds`)));
  }
  return problems;
}

/**
 * Records answers (pass / fail / 不适用) for items of an inspection in progress, inside the caller's
 * transaction; answering an item again replaces its answer. Only the inspector answers; every
 * answer's item must apply to the unit.
 */
export async function answerInspectionRecord(stores: Stores, context: WriteContext, input: AnswerInspectionInput): Promise<Inspection> {
  const { actor } = context;
  const now = context.now.toISOString();
  const inspection = await stores.inspections.findById(input.inspectionId, scopeFilterOf(actor));
  if (!inspection) throw inspectionNotFound(input.inspectionId);
  if (!isInspector(actor, inspection)) throw notTheInspector();
  if (!nextInspectionStatus(inspection.status, 'answer')) throw inspectionActionNotAllowed('answer', inspection.status);
  if (input.expectedVersion !== undefined && input.expectedVersion !== inspection.version) throw inspectionChangedConcurrently(inspection.id);
  const problems = await answerProblems(stores, actor, inspection, input.answers);
  if (problems.length > 0) throw invalidInput(problems);
  const given = new Map(input.answers.map((answer): [string, InspectionAnswer] => [answer.itemId, {
    itemId: answer.itemId, result: answer.result, note: answer.note?.trim() || null, photoIds: [...(answer.photoIds ?? [])],
    fixedOnSite: answer.fixedOnSite ? { evidencePhotoIds: [...answer.fixedOnSite.evidencePhotoIds], note: answer.fixedOnSite.note?.trim() || null } : null,
    answeredAt: now, hazardId: null,
  }]));
  const previous = new Map(inspection.answers.map((answer) => [answer.itemId, answer]));
  // Answers stay in checklist order, so the phone and the record read the same way.
  const answers = inspection.itemIds.flatMap((itemId) => {
    const answer = given.get(itemId) ?? previous.get(itemId);
    return answer ? [answer] : [];
  });
  const next: Inspection = { ...inspection, answers, updatedAt: now, version: inspection.version + 1 };
  if (!(await stores.inspections.update(next, inspection.version))) throw inspectionChangedConcurrently(inspection.id);
  await stores.inspections.linkPhotos(next, input.answers.flatMap((answer) => [...(answer.photoIds ?? []), ...(answer.fixedOnSite?.evidencePhotoIds ?? [])]));
  return next;
}

/** Records answers for items of an inspection in progress, in one transaction. */
export async function answerInspection(deps: CoreDeps, actor: Actor, input: AnswerInspectionInput): Promise<Inspection> {
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => answerInspectionRecord(stores, context, input));
}
