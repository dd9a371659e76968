import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { checkBatchIds, rememberBatch, replayedBatch, runBatchItems, type BatchRetryKey } from '../batches/batch.js';
import { hazardChangeOf } from '../changes/change-feed.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import { actOnHazardRecord } from './act-on-hazard.js';
import { hazardNotFound } from './hazard-errors.js';
import { viewHazard, type HazardView } from './hazard-view.js';

/** 批量交办: the same 交办 for several hazards — one assignee, one deadline, one note. */
export interface BatchAssignHazardsInput extends BatchRetryKey {
  readonly hazardIds: readonly string[];
  readonly assigneeId?: string | undefined;
  readonly deadline?: CalendarDate | undefined;
  readonly note?: string | undefined;
}

export interface BatchAssignHazardsResult {
  readonly hazards: readonly HazardView[];
  /** False when an earlier request with the same retry key did the work. */
  readonly done: boolean;
}

/**
 * Assigns every hazard of the batch through the single 交办 (`actOnHazardRecord`) inside the caller's
 * transaction, so scope, role, state, the assignee's area, the deadline, the timeline, the audit
 * entry and the notification are exactly those of one 交办. One refusal refuses the batch and names
 * each hazard that cannot be assigned (ADR 0092).
 */
export async function batchAssignHazardsRecord(stores: Stores, context: WriteContext, input: BatchAssignHazardsInput): Promise<BatchAssignHazardsResult> {
  checkBatchIds(input.hazardIds, 'hazardIds');
  const { actor, deps } = context;
  if (await replayedBatch(stores, actor, input)) {
    const today = shanghaiDate(context.now);
    const hazards = await Promise.all(input.hazardIds.map(async (hazardId) => {
      const hazard = await stores.hazards.findById(hazardId, scopeFilterOf(actor));
      if (!hazard) throw hazardNotFound(hazardId);
      return viewHazard(hazard, actor, today, deps.hazardTimePolicy, deps.workingCalendars.forDistrict(hazard.districtCode));
    }));
    return { hazards, done: false };
  }
  const hazards = await runBatchItems(input.hazardIds, 'hazardIds', (hazardId) =>
    actOnHazardRecord(stores, context, { hazardId, action: { action: 'assign', assigneeId: input.assigneeId, deadline: input.deadline, note: input.note } }));
  await rememberBatch(stores, actor, input, deps.ids.newId(), context.now);
  return { hazards, done: true };
}

/** 批量交办 in one transaction (all or none), then tells live views of each assigned hazard. */
export async function batchAssignHazards(deps: CoreDeps, actor: Actor, input: BatchAssignHazardsInput): Promise<BatchAssignHazardsResult> {
  checkBatchIds(input.hazardIds, 'hazardIds');
  const context = writeContext(deps, actor);
  const result = await deps.inTransaction((stores) => batchAssignHazardsRecord(stores, context, input));
  if (result.done) {
    for (const view of result.hazards) deps.changes.publish(hazardChangeOf(view, 'assign', context.now.toISOString()));
  }
  return result;
}
