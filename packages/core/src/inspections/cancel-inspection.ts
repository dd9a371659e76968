import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import type { Inspection } from './inspection.js';
import { inspectionActionNotAllowed, inspectionChangedConcurrently, inspectionNotFound, notTheInspector } from './inspection-errors.js';
import { isInspector } from './inspection-policy.js';
import { nextInspectionStatus } from './inspection-status.js';

/** Abandons an inspection in progress (wrong unit, site closed) inside the caller's transaction. */
export async function cancelInspectionRecord(stores: Stores, context: WriteContext, input: { readonly inspectionId: string }): Promise<Inspection> {
  const { actor } = context;
  const now = context.now.toISOString();
  const inspection = await stores.inspections.findById(input.inspectionId, scopeFilterOf(actor));
  if (!inspection) throw inspectionNotFound(input.inspectionId);
  if (!isInspector(actor, inspection)) throw notTheInspector();
  const status = nextInspectionStatus(inspection.status, 'cancel');
  if (!status) throw inspectionActionNotAllowed('cancel', inspection.status);
  const cancelled: Inspection = { ...inspection, status, updatedAt: now, version: inspection.version + 1 };
  if (!(await stores.inspections.update(cancelled, inspection.version))) throw inspectionChangedConcurrently(inspection.id);
  return cancelled;
}

/** Abandons an inspection in progress; nothing it recorded becomes a hazard. One transaction. */
export async function cancelInspection(deps: CoreDeps, actor: Actor, input: { readonly inspectionId: string }): Promise<Inspection> {
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => cancelInspectionRecord(stores, context, input));
}
